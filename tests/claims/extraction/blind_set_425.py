"""Four-hundred-and-twenty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state appear only by office ("the King",
"the Governor-General"), and ministers, governors, mayors, district chiefs, bishops, club
chiefs, directors and presidents of real governments, bodies, houses and clubs appear under
made-up names that stand for no real holder, or by their role only („die Innenministerin“,
„der Landrat“, „der amtierende Erzbischof“, „der amtierende Bürgermeister“, „die
ÖSV-Präsidentin“, „die ARD-Programmdirektorin“, „der Sektionspräsident“, "France's culture
minister", "the BBC's director-general", "the corporation's director of news", "the trust's
chief executive").

Names: Ottilie Breitenfurth-Hasler, Lorenz Haidvogl-Emmerich, Elsbeth Gysin-Marbach, Urs
Stöcklin-Frey, Heinrich Ossenkopp, Anke Tjarks-Wilms, Ruedi Brändle-Scherrer and his wife
Vreni, Thomas Andermatt-Rüegg, Klaus-Peter Wendelin, Jens-Uwe Dallmeier, Resi
Obermoser-Kröll, Georg Hallbauer and Lisa Hallbauer-Nguyen, Anselm Drübbisch, Rüdiger
Hollenstein and his role Bruno Faltermeyer, Corina Amstutz-Feuz, Hedwig Carstensen-Öztürk
and her novel „Die Fährfrau“, Ferdinand Rauchenbichler-Moser, Hinrich Feddersen-Boysen,
Silke Harmsen-Lorenzen, Jannes Petersen-Hinz, Erwin Stüdemann-Lohse with Bernd and Jana
Stüdemann, Dieter Schanbacher-Roos and Otto Wieland; Gerald Pemberton-Ashe and his wife
Maren, Walter J. Kubiak-Reyes and his wife Dolores, Denise Hollowell-Park, Morwenna
Trevithick-Hale, Jory Pascoe, Lonnie Birdsong and his wife Arlene, Roy Delancey, Ambrose
Kettering, Rosalind Achterhof, Kenji and Daisuke Umebayashi, Colette Marivaux-Delorme and
Luc Ferrandou, Edna Maybury and her daughter Joan, Tobias Garrido-Lunt, Ingrid
Vahlkamp-Rees, Mattias Strandberg, Dorothy Quayle-Ramsden and her son Adam, Gus Pellerin,
Lula Pettigrew-Haynes and her ballad "Kitchen Window", Travis Coldwater, Porter Vail, Elsie
Marchbanks-Cole, Deacon Ruffin, Imre Szalontai-Vértes and his wife Erzsébet, Winifred
Aldous-Penhale and her daughter Rosalind; the firms Hallbauer, Hoshiro Optical and Ostwald,
the programme Green Fingers, the Lahnsteiner Literaturpreis, the Ghirmhütte, the
Porthcarrow lifeboat station, the Carlton Narrows Bridge, the villages and towns
Lindenhagen, Gallentin and Hohenkirchberg with the Lindenhagen train crash and the
Hohenkirchberg Christmas market; every unnamed minister, bishop, mayor, district chief,
director, spokesperson, analyst, colleague, neighbour and fan. Real states, bodies, houses,
clubs, honours, media and places (Wiener Staatsoper, Wiener Zentralfriedhof, Ehrenring der
Stadt Wien, „Tosca“, Liestal, Kanton Basel-Landschaft, Landrat, Ständerat, Freisinnige,
Keystone-SDA, SPD, «Basler Zeitung», Swiss Press Award, Basler Münster, Eintracht
Frankfurt, Bundesliga, Nationalmannschaft, VfL Bochum, Offenbach, Innsbruck, Olympische
Spiele, Gesamtweltcup, Österreichischer Skiverband, ÖSV, Kitzbühel, Seefeld, APA, Nürnberg,
Paderborner Dom, Erzbistum Paderborn, KNA, „Tatort“, ARD, Potsdam, Schweizer Alpen-Club,
Meiringen, Lahnstein, Flensburg, Deutscher Buchpreis, ÖVP, Hallein, Goldenes Ehrenzeichen
für Verdienste um die Republik Österreich, Schloss Mirabell, Nordstrand, Schleswig-Holstein,
Gemeindetag, Bundesverdienstkreuz, Freiwillige Feuerwehr, Landesfeuerwehrverband,
Staatskanzlei, Schwerin; the BBC, the Royal Television Society, Leeds, Erie, City Hall, the
RNLI, the Shannon class, the Hall of Fame, the Cardinals, the National League, Hannibal and
Florissant, the House, the Agriculture Committee, the Army, Hays, the Statehouse, the Order
of the Rising Sun, Vogue, Elle, the Académie des Beaux-Arts, the Maison Européenne de la
Photographie, the Marais, the King, the Governor-General, the Australian Bureau of
Statistics, Ballarat, Perth, Roswell and the Army's weather balloon of 1947, the University
of Reading, Harrogate, the OBE, the Oregon Department of Transportation, the Grand Ole Opry,
the Country Music Hall of Fame, the Ryman Auditorium, Franklin, the NFL, the Hungarian Chess
Federation, the Chess Olympiad, Bletchley Park, Hut 6, the Bletchley Park Trust, Cheltenham,
and the datelines' cities) stand for the way wire copy names them; every death, age, birth
date, career, tally of works, games, terms and honours, anniversary, jubilee, birthday,
sum, crowd, survivor and quote here is invented, and where a real figure came to mind (a real
number of prime ministers, a real Olympiad result, a real prize's purse) it was changed or
left out (the founding year of the RNLI kept).

Its weight: OBITUARIES, ANNIVERSARIES AND PROFILES, fifth round (the thirty-ninth batch
weighed courts plus obituaries, anniversaries and history copy, the sixty-third obituaries,
profiles and personalia, the hundred-sixty-sixth obituaries, anniversaries and profiles and
the three-hundred-and-first obituaries, anniversaries and jubilees; the fifty-eighth weighed
clubs' anniversaries in local copy, the hundred-forty-fourth anniversaries of odd events and
the two-hundred-and-sixtieth obituaries of artists; their decisions are kept) over one year
(January to December) in story order, 31 short stories with the German and English ones
interleaved by month, each told as wire copy runs it (a dateline lead with the death, the
birthday, the jubilee, the award or the date marked, then birth, career, titles, records of
office and tallies, survivors, the tributes and the other voices, the funeral, the
ceremony or the celebration). Half German (APA, dpa with its regional slugs "dpa/lni",
"dpa/lby", "dpa/lno", "dpa/mv", "dpa/lsw", KNA, Keystone-SDA; Austrian "Jänner",
"Begräbnis", "Volksschullehrer", Swiss "alt", "Abdankung", "liess", "hiess", "über Meer",
"5'800", «» quotes, German „“ quotes): deaths of a Vienna opera singer, a Basel cartoonist,
an Eintracht goalkeeper, a „Tatort“ actor and a former mayor of Salzburg; a former
Ständerätin's 100th birthday and a ski racer's 80th; the 75th anniversary of a train crash,
an auxiliary bishop's diamond jubilee as a priest and a Christmas market held for the 550th
time; the jubilees of a Nuremberg toy maker (150 years) and an Alpine hut (100 years); a
literary prize, a record mayor's farewell after 42 years and a firefighter's Federal Cross
of Merit for 75 years of service. Half English (Reuters, AP, AFP, PA, AAP): deaths of a BBC
foreign correspondent, an Erie mayor of seven terms, a Hall of Fame pitcher, a Kansas
congressman, a Japanese camera maker's founder, a French fashion photographer, a gardening
presenter, a country singer and a chess grandmaster; Australia's oldest person at 112, a
Bletchley Park codebreaker at 100, AP birthday lines; a lifeboat station's 200th
anniversary, a bridge's 50th, 80 years since the Roswell debris; a chief executive stepping
down after a quarter-century. Speakers as such copy has them: German „wie ... mitteilte“,
„teilte ... mit“ with weekday and channel, „nach Angaben der ...“, „X sagte, ...“, „sagte
X“ with a title, „X (Partei) sagte“; English "the company said", "the city said", "the care
home said", "The RNLI said", "The BBC said", "The Cardinals said", "The Opry said", "the
Hungarian Chess Federation said", "Mayor X said", "Gov. X said in a statement", "X said"
with the surname; beside them the forms left unchecked - possessives ("his family said",
"her agency said", „wie seine Familie mitteilte“, „teilte seine Agentur mit“), "it said",
"according to", masculine and neuter genitives, compounds („nach Verlagsangaben“), roles,
pronouns and a description between a name and its verb. Figures as such copy has them: ages
at death and at events („im Alter von 87 Jahren“, „im 93. Lebensjahr“, „wird am Freitag 80
Jahre alt“, „der 91-jährige“, „als 16-Jähriger“, „Die 71-Jährige“, „mindestens 100 Jahre
alt“, "has died aged 91", "has died at 88", "at the age of 84", "He was 90.", "She was
85.", "is 89", "Vahlkamp-Rees, 67,", "96-year-old", "as a 22-year-old", "at age 39", "at
15"), birth dates (also with the asterisk of reference works) and years, careers in years
and decades („mehr als drei Jahrzehnte lang“, „fast ein halbes Jahrhundert lang“, „In mehr
als fünf Jahrzehnten“, „26 Jahre lang“, "over four decades", "for half a century", "for a
quarter-century", "for 34 years", "his wife of 63 years"), terms and records of office („drei
Amtsperioden lang“, „dreimal wiedergewählt“, „siebenmal im Amt bestätigt“, „Nach 42 Jahren
im Amt“, "a record seven terms", "for 11 terms", "after 28 years", "a record 11 times"),
anniversaries, birthdays and jubilees („Zum 75. Jahrestag“, „vor einem
Dreivierteljahrhundert“, „ihren 100. Geburtstag“, „150-jähriges Bestehen“, „100-jähriges
Bestehen“, „zum 550. Mal“, „vor genau 60 Jahren“, „diamantenes Priesterjubiläum“, "its
200th anniversary", "the 50th anniversary", "her 112th birthday", "her 100th birthday",
"marking 80 years since"), awards and honours (a prize's purse, „Verdienstkreuz 1.
Klasse“, „Ehrennadel“, "Order of the Rising Sun", "an OBE ... a dame"), tallies of works,
games and titles, ordinals of life and office, survivors, sums in euros, dollars, pounds,
francs and yen, crowds, hedges and dates. Negatives as such copy has them - 58 rows, none
with a figure: tributes, eulogies and praise in quotes and without, from colleagues,
directors, a minister, a bishop, a mayor, a club, a federation and a daughter („Sie hatte
eine Stimme, die man nie wieder vergisst“, „Mit ihr verliert die Musikstadt ...“, "Colleagues
described him as the calmest man in any war zone.", "a national treasure who made the whole
country want to dig"), labels from a jury, a federation's president and villagers, the
living's creeds and quips (the coxswain's, the toy maker's, the hut warden's, the mayor's,
the 112-year-old's, the chief executive's), memories, evaluations of a firm or a life's
work, scene colour (scarves and candles, flowers and letters, roses, notes and bouquets, a
minute's silence held, a banner) and a condolence book as a service line, each near a
check-worthy look-alike from the same story: the same speaker's figure or step, an age, a
tally, a funeral date, a planned silence, an honour conferred.

239 rows (121 German, 118 English), 58 negatives (30 German, 28 English), 181 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 332 expected quantities (102
counts, 89 durations - 81 in years, 3 in days, 2 in hours, 2 in months, 1 in weeks -, 67
years, 31 ordinals, 25 dates, 12 amounts of money - 5 EUR, 4 USD, 1 each GBP, JPY, CHF -, 4
percentages - all in "%" -, 2 fractions; none of them in a negative), 37 checked speakers
(19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  tribute, eulogy, piece of praise, creed, quip, memory, label, evaluation or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, sixty-third, hundred-sixty-sixth, three-hundred-and-first); a
  reported statement of fact, figure or step is check-worthy with its speaker. Pairs from
  one speaker or source: Haidvogl-Emmerich's dedicated performance beside „Sie hatte eine
  Stimme ...“, Hollowell-Park's 30 days at half-staff beside "Walt treated every pothole
  ...", Tjarks-Wilms's memorial plaque beside „Dieses Gedenken bleibt ...“ (the pronoun of
  „fügte sie hinzu“ unchecked in any case), Trevithick-Hale's £2.6 million boat beside "The
  sea doesn't care ...", Achterhof's flags beside "Ambrose never forgot ...", Hallbauer-
  Nguyen's 180 staff and 31 million euros beside „Ein gutes Spielzeug überlebt jede Mode“,
  Amstutz-Feuz's 2.4 million francs beside «Hier oben ticken die Uhren anders ...»,
  Garrido-Lunt's $9 million beside "everybody is welcome here", Vahlkamp-Rees's
  quarter-century (from the company) beside "I leave a company ...", Feddersen-Boysen's 42
  years beside „Ein Bürgermeister auf dem Dorf ist ...“, Schanbacher-Roos's 410,000 euros
  beside „Ein Weihnachtsmarkt ohne Geschichte ...“, the Hungarian federation's 11 titles
  beside "He played the endgame like a watchmaker", Stüdemann-Lohse's 1,400 call-outs
  (from the association) beside „Ich habe nur getan ...“. The brief's tributes, eulogies
  and praise are negatives beside check-worthy rows of the same life: „Mit ihr verliert die
  Musikstadt eine ihrer unverwechselbaren Stimmen.“ beside the singer's 41 roles, "Colleagues
  described him as the calmest man in any war zone." beside the correspondent's nine wars,
  "Former colleagues remembered him as a gentle negotiator ..." beside the congressman's
  eight years, "For millions of viewers, she was as much a part of Sunday as the roast."
  beside the presenter's 1,300 episodes, „«Er konnte mit einem Strich mehr sagen ...», hiess
  es in einem Nachruf der Zeitung.“ (an obituary line, three-hundred-and-first: „schrieb der
  Verein in einem Nachruf“), "Analysts called her the most successful chief executive ..."
  and "Industry analysts said his influence ... was hard to overstate." (verdicts with no
  figure, two-hundred-and-fourth), „Hallbauer gilt vielen Sammlern als Inbegriff ...“
  (three-hundred-and-first: „gilt ... als Aushängeschild“), "Generations of fishing families
  owe their lives to these volunteers." and "Residents said the bridge had become part of the
  city's identity." (verdicts a desk cannot check). Labels: „nannte sie „die Grande Dame des
  Skisports““, „Die Jury würdigte ihr Werk als ...“, „sprachen von einem „Abschied, der
  wehtut““ (ninety-eighth, hundred-sixty-sixth). Scene colour is a negative (fans' scarves
  and candles, neighbours' flowers and letters, white roses, handwritten notes and bouquets,
  residents' photos of the mayor plowing snow, a banner, and a minute's silence held before
  a round; hundred-sixty-sixth: "stood for a minute's silence"), as is the condolence book
  offered as a service line (hundred-sixty-sixth, three-hundred-and-first). No negative here
  carries a figure.
- Check-worthy without a figure (sixty-third, hundred-sixty-sixth, three-hundred-and-first):
  a death as a lead („Der Karikaturist Ruedi Brändle-Scherrer ist tot.“, „Der frühere
  Torhüter von Eintracht Frankfurt, Klaus-Peter Wendelin, ist tot.“), the place, manner and
  day of a death from a source, also a possessive one left unchecked (the Cardinals' "died
  peacefully", „teilte seine Agentur am Freitag mit“, "Her agent said", "Her publicist
  said"), a dedicated performance and a dedicated show, a planned silence and mourning bands
  („ist eine Schweigeminute geplant“), flags lowered on the day of a funeral, a funeral "for
  Saturday", an Ehrengrab with its date not yet named (the step is named; only the date is
  open), a memorial plaque planned, a jubilee named without a number word („sein
  diamantenes Priesterjubiläum“), a record of office from a source („Nach Angaben des
  Gemeindetags hat derzeit kein Bürgermeister im Land länger amtiert.“), and two honours
  conferred (the Landrat's Ehrennadel, the Innenministerin's Federal Cross of Merit;
  three-hundred-and-sixty-ninth: a prize awarded is check-worthy without a figure).
- Ages are durations in years (every batch; sixty-third, hundred-sixty-sixth,
  three-hundred-and-first): „im Alter von 87 Jahren“, „im Alter von 84 Jahren“, „im Alter
  von 83 Jahren“, „im Alter von 79 Jahren“, „im Alter von 32 Jahren“, „wird am Freitag 80
  Jahre alt“, „Der 91 Jahre alte Feuerwehrmann“ (hundred-sixty-sixth: „Der 56 Jahre alte
  Kriminaldirektor“), „der 91-jährige Heinrich Ossenkopp“, „als 16-Jähriger“ (twice), „Der
  88-Jährige“, „Die 71-Jährige“, „Der 74-Jährige“, „den 38-jährigen Landwirt“, „der
  63-jährige Bernd Stüdemann“, „der 86-jährige Lebkuchenbäcker“, „mindestens 100 Jahre alt“
  "at_least"; "has died aged 91", "has died aged 96", "has died aged 92", "has died at 88",
  "has died at 94", "at the age of 89", "at the age of 84", "He was 90." and "She was 85."
  (hundred-sixty-sixth: "He was 93."), "as a 22-year-old", "as a 31-year-old", "as a
  17-year-old", "96-year-old", "a 113-year-old woman", "at age 39" (sixty-third: "at age
  9"), "at 15", "at 26", "at 23", apposition ("Trevithick-Hale, 54,", "Vahlkamp-Rees, 67,",
  "Strandberg, 51,", "Gus Pellerin, 81,"), and the AP birthday lines "Actor Porter Vail is
  91." and the like, also "Her eldest daughter, Joan, is 89." (sixty-third: "Actor Wendell
  Price is 88."). „im 93. Lebensjahr“ is ordinal 93 and no age (sixty-third: „im 95.
  Lebensjahr“). "a sister in her late 80s" carries none - an age by decade (thirty-ninth:
  "now in their 70s and 80s"). "centenarians" carries none (hundred-thirty-second), and so
  do „älteste“, "oldest", "eldest", "youngest", „dienstälteste“ and "the longest tenure".
- Birthdays, anniversaries and returns are ordinals (hundred-sixty-sixth,
  three-hundred-and-first): „ihren 100. Geburtstag“ 100, „Zum 75. Jahrestag“ 75 (twelfth:
  „zum 30. Jahrestag“), „zum 550. Mal“ 550 (hundred-sixty-sixth: „Zum 50. Mal“), "its 200th
  anniversary" 200, "the 50th anniversary" 50, "her 112th birthday" 112, "her 100th
  birthday" 100. Spans back to the event are durations: „vor genau 60 Jahren“ 60 years
  ("genau" no hedge; twenty-second: "Exactly" none), "marking 80 years since" 80 years
  (hundred-sixty-sixth: "80 years since"). Jubilees in „-jährig“ are durations
  (three-hundred-and-first): „sein 150-jähriges Bestehen“ 150 years, „ihr 100-jähriges
  Bestehen“ 100 years, „in der 60-jährigen Geschichte des Preises“ 60 years and "in its
  140-year history" 140 years (sixty-third: "in the company's 104-year history"). New:
  „vor einem Dreivierteljahrhundert“ is 75 years - three quarters of a century, the
  compound read as „Vierteljahrhundert“ 25 years (sixty-third, fifty-ninth) and „eine
  Dreiviertelstunde“ 0.75 hours (fourteenth), with no fraction beside it. None: „sein
  diamantenes Priesterjubiläum“ and „ein solches Jubiläum“ (three-hundred-and-first: „die
  eiserne Hochzeit“ - a jubilee named by a metal or a stone has no number word), „Zum
  Jubiläum“, „Das Jubiläum“ and „Zum Jubiläumsfest“ (hundred-sixty-sixth,
  hundred-seventy-first: „Jubiläumsjahr“).
- Careers and spans (sixty-third, hundred-sixty-sixth, three-hundred-and-first): „mehr als
  drei Jahrzehnte lang“ 30 years "over", „In mehr als fünf Jahrzehnten“ 50 years "over",
  „fast ein halbes Jahrhundert lang“ 50 years "nearly" (thirty-ninth and fifty-ninth: "half
  a century after"), "for half a century" 50 years, "over four decades" 40 years ("over"
  before a span no hedge), "for a quarter-century" 25 years (fifty-ninth,
  three-hundred-and-twenty-eighth), „26 Jahre lang“, „31 Jahre lang“, „28 Jahre lang“,
  „Nach 42 Jahren im Amt“, „14 Jahre als Volksschullehrer“, „für 75 Jahre Mitgliedschaft“,
  „seit drei Jahren“ (twice) and „seit 61 Jahren“ („seit“ no hedge), „zwei Jahre später“ 2
  years (hundred-forty-fourth: "38 years later"), „nach nur vier Monaten Bauzeit“ 4 months
  („nur“ no hedge), "for 38 years", "for 34 years", "worked 41 years as a schoolteacher",
  "worked 12 years as a steelworker", "after 28 years", "for eight years", "spent six years",
  "served two years in the Army", "after five years of construction", "three years after
  the RNLI itself" ("after" follows the span), "for more than 30 years" "over", "eight
  months", "his wife of 63 years" and "her partner of 40 years" (hundred-sixty-sixth: "his
  wife of 58 years"), "held hostage for 11 days", "for 30 days", "a four-day festival" 4
  days, "a two-year cooling-off period" 2 years, "a one-hour tribute programme" 1 hour,
  „einem dreistündigen Umzug“ 3 hours (the issue's "fünfstündigen", "a two-week visit"),
  "spent nine weeks at No. 1" 9 weeks and ordinal 1 (sixty-third: "spent 44 weeks ..., nine
  of them at No. 1"). None: „eine Schweigeminute“ and "a minute's silence"
  (hundred-sixty-sixth), „um 20.15 Uhr“ (a clock time, hundred-forty-seventh), "a week" in
  "9 million viewers a week", "last year", „im vergangenen Jahr“, „im vergangenen Sommer“,
  „in diesem Jahr“, "in the spring", "at the end of March", „bis zum Herbst“, weekdays.
- Terms, records of office and repetitions are counts (sixty-third, hundred-sixty-sixth,
  three-hundred-and-first): „drei Amtsperioden lang“ 3 (sixty-third), „dreimal
  wiedergewählt“ 3, „siebenmal im Amt bestätigt“ 7, „viermal“ 4, „dreimal die Kristallkugel“
  3, „42-mal auf dem Podest“ 42, "for 11 terms" 11, "three times" 3, "four times" 4, "14
  times" 14, "An eight-time All-Star" 8 (hundred-sixty-sixth: "two-term council member").
  New: "a record seven terms" and "a record 11 times" carry no hedge - "record" before a
  figure says the figure is the highest ever, not that it is bounded, as "a club record"
  after one (hundred-sixty-sixth) and "A record" alone (four-hundred-and-twentieth) carry
  none. „erstmals“ and „Erstmals“ carry no ordinal (fourth, seventh, thirty-second).
- Ordinals of life, office, rank and honour (sixty-third, hundred-sixty-sixth,
  three-hundred-and-first): „als erste Sängerin des Hauses“, „die erste Österreicherin“,
  "the first woman to lead", "the first woman" 1, „eine der ersten Frauen“ 1 (sixty-third:
  "one of its first female newsreaders"), „als elfte Frau“ 11, „der dritte Weihbischof“ 3,
  „in fünfter Generation“ 5 and „in dritter Generation“ 3 and „aus erster Ehe“ 1
  (three-hundred-and-first), „seine zweite Frau“ and "his second wife" 2, "a second from
  the Governor-General" 2 (four-hundred-and-twentieth: "a second base"), "the fourth of
  eight children" 4 and 8, "the third of four sisters" 3 and 4 (thirty-ninth: "the second
  of five children"), "his first mayoral race", "her first camera", "his first year of
  eligibility" 1, "ranked eighth" 8, "at No. 1" 1 (sixty-third), "the state's 1st
  District" 1 (hundred-sixty-sixth: "the Seventh Ward"), "the Second World War" 2
  (hundred-sixty-sixth), „das Verdienstkreuz 1. Klasse“ 1 (fortieth: „2. Klasse“ ordinal
  2). "Hut 6" carries none - a number that names a building is an identifier
  (hundred-sixty-sixth: "Courtroom 600"). "OBE", "a dame", „Ehrenring“, „Goldene
  Ehrenzeichen“, „Ehrennadel ... in Gold“, "Order of the Rising Sun" carry none
  (sixty-third).
- Survivors and families are counts (sixty-third, hundred-sixty-sixth,
  three-hundred-and-first): „drei Enkelkinder“, „zwei Söhne“, „drei Kinder“, „Mutter von
  vier Kindern“, "two daughters and five grandchildren", "three sons and nine
  grandchildren", "four children and 11 grandchildren", "five children, 14 grandchildren
  and 23 great-grandchildren", "three grandchildren", "two sons", "two daughters, five
  grandchildren and three great-grandchildren". None: „einen Sohn“, "a daughter", „seine
  Frau Vreni“, "his wife, Erzsébet" (three-hundred-and-first).
- Other counts and measures: tallies of roles, games, works and honours („in 41 Partien
  rund 1.150 Mal“ - the issue's "100 Mal" -, „386 Bundesligaspiele ... in 97 Partien“, „19
  Weltcuprennen“, „38 Folgen“, „über 170 Film- und Fernsehproduktionen“ "over", „mehr als
  11'000 Karikaturen“ "over" with the Swiss apostrophe (tenth), „14 Romane ... in 27
  Sprachen“, „mehr als 1,2 Millionen Mal“ 1,200,000 "over", "247 games in 19 major league
  seasons" (a season is a count, thirty-fifth), "two no-hitters", "31 studio albums", "more
  than 300 magazine covers" "over", "22 books", "17 books ... more than 500,000 copies in 12
  languages", "more than 1,300 episodes" "over", "nine wars ... two countries", "28 prime
  ministers and two world wars", "two medals"), crowds and staff („rund 400 Menschen“,
  „rund 120 Gäste“, „rund 250 Gäste“, „rund 180 Menschen“, „bis zu 3.000 Gäste“ "up_to",
  „bis zu 600 Gäste“, „rund 180.000 Besucher“, „86 Händler“, „214 Menschen“, "more than 300
  past and present volunteers", "up to 60,000 visitors", "212,000 visitors", "about 21,000
  people in 14 countries", "about 6,900", "about 88,000 vehicles", "9 million viewers", „im
  Schnitt gut zehn Millionen Menschen“ 10,000,000 "over" - „im Schnitt“ no hedge,
  three-hundred-and-first), tolls and rescues („43 Menschen, mehr als 90“, "an estimated
  1,460 lives" "about", "2,915 times ..., 38 of them", "the 17 crew members"), ballots („mit
  neun von 13 Stimmen“, hundred-sixty-sixth), residents („von 2.180 auf rund 2.450
  Einwohner“), beds, call-outs and confirmations („64 Schlafplätze“, „rund 5'800
  Übernachtungen“, „mehr als 1.400 Einsätzen“, „rund 41.000 Jugendlichen“), physical
  measures as counts (fourth batch: „auf 2380 Metern über Meer“ 2380, "The 1.4-mile span"
  1.4), "a three-man lens workshop" 3 (hundred-sixty-sixth: "the 31-member board"), "one of
  only four women" 4 ("one of" none, "only" no hedge), "nearly four times the traffic" 4
  "nearly" (three-hundred-and-first: "nearly twice"), "fewer than 40 veterans" 40 "under".
  None: "Thousands of people" (a vague magnitude, fifth and seventeenth), "tripled"
  (four-hundred-and-twentieth), "one of Japan's largest", „einer der“.
- Years and dates (sixty-third, hundred-sixty-sixth, three-hundred-and-first): full dates
  are ISO dates („am 17. Februar 1952“, „am 29. Juni 1967“, „am 2. Mai 1935“, "on Nov. 3,
  1935", "on Aug. 2, 1936", "on May 9, 1932", "on Feb. 21, 1938", "on July 9, 1915", "on
  Oct. 16, 1977"), also after the asterisk of reference works („Die Sopranistin (* 4. März
  1939 in Graz)“ 1939-03-04; three-hundred-and-eighty-second); dates without a year keep
  month and day („am 22. Jänner“ --01-22 - Austrian "Jänner", tenth -, „am 19. März“, „am
  12. Juni“, „am 22. August“, „für den 14. November“, „am 4. Dezember“, „Bis zum 23.
  Dezember“, "on June 3", "on Sept. 15", "on April 1"). Ranges give both years („von 1979
  bis 1991“, „zwischen 1965 und 1979“, „zwischen 1966 und 1975“, „von 1980 bis 1999“, „von
  1991 bis 2017“, „zwischen 1994 und 2012“, "from 1967 until 1989", "between 1968 and
  2002"); „im August 1927“ and "in early July 1947" the year (sixty-third: "in June 1944"),
  „im Jahr 1477“, „aus dem Jahr 2012“, „seit 2009“, „seit 2004“, "since 1827", "a widow since
  1998", „ein Drittel mehr als 2024“ the year, "the 1973 farm bill" and "whose 1971 ballad"
  the year (three-hundred-and-first: "His 1971 comedy"). Reuters and AFP English datelines
  with a day are dates without a year ("LONDON, Jan 12 (Reuters)", "TOKYO, May 14", "PARIS,
  June 8 (AFP)", "FRANKFURT, Aug 26", "BUDAPEST, Dec 3"); APA, dpa with its slugs, KNA,
  Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth).
- Money in the currency written (every batch): „31 Millionen Euro“, „mit 40.000 Euro
  dotierten“, „410.000 Euro“, "2.1 billion euros from 480 million euros" EUR; „für 2,4
  Millionen Franken“ CHF; "a $4,000 bonus", "about $9 million" "about", "$86 million", "A
  $274 million seismic retrofit" USD; "a new £2.6 million Shannon-class boat" GBP; "passed
  400 billion yen" JPY 4e11 ("passed" no hedge, hundred-sixty-sixth). Percentages and
  fractions: "61% of the vote", "91.4% of the vote", "fell 1.8%", „knapp 5 Prozent“
  "nearly" („nur noch“ no hedge); „Etwa zwei Drittel“ 0.6667 "about", „ein Drittel mehr“
  0.3333 (four-hundred-and-twentieth: "a quarter fewer").
- Hedges, only the names in use: „rund“, „Etwa“, "about", "an estimated" "about"; „fast“,
  „knapp“, "nearly" "nearly"; „mehr als“, „über“, „gut“, "more than" "over"; „bis zu“, "up
  to" "up_to"; "fewer than" "under"; „mindestens“ "at_least". No hedge: „insgesamt“, „im
  Schnitt“, „genau“, „nur“, „nur noch“, „derzeit“, „seit“, "since", "only", "a record",
  "passed", "over" before a span, "after" behind one, the „bis“, "until" and "and" of a
  range.
- Speakers, checked only in forms the earlier batches settled (and the New one below):
  „wie die Wiener Staatsoper am Sonntag mitteilte“ -> "die Wiener Staatsoper" (the source
  with its article in the nominative, the weekday dropped; hundred-sixty-sixth: „wie das
  Burgtheater am Montag mitteilte“), „nach Angaben der Staatsoper“, „Nach Angaben der
  Gemeinde Liestal“, „nach Angaben der Gemeinde“, „nach Angaben der Sektion“ and „nach
  Angaben der Stadtverwaltung“ -> "die Staatsoper", "die Gemeinde Liestal", "die Gemeinde",
  "die Sektion", "die Stadtverwaltung" (hundred-sixty-sixth, three-hundred-and-first: „Nach
  Angaben der Stadt Sulzbach“, „nach Angaben der Betreiberin“), „teilte der ÖSV mit“,
  „teilte das Erzbistum mit“, „teilte der Sender mit“, „teilte die Stadt Lahnstein mit“,
  „teilte die Stadt am Dienstag mit“, „teilte der Landesfeuerwehrverband mit“ (sixty-third,
  hundred-sixty-sixth, three-hundred-and-first), „Haidvogl-Emmerich sagte, ...“,
  „Amstutz-Feuz sagte, ...“ and „Schanbacher-Roos sagte, ...“ the surname as written
  (hundred-sixty-sixth: „sagte Anselm“), „sagte Geschäftsführerin Lisa Hallbauer-Nguyen“
  and „sagte Amtsdirektorin Silke Harmsen-Lorenzen“ the name with the office dropped
  (hundred-sixty-sixth: „sagte Organisationschef Jochen Bühler“), „Bürgermeisterin Anke
  Tjarks-Wilms (SPD) sagte“ the name with office and party dropped
  (four-hundred-and-twentieth). English: "the city said Wednesday" -> "the city", "the
  company said on Friday", "the company said on Thursday" and "the company said" -> "the
  company", "the care home said" (three-hundred-and-first), "The BBC said", "The RNLI said",
  "The Cardinals said", "The Opry said", "The Oregon Department of Transportation said",
  "the department said", "the Hungarian Chess Federation said on Friday", "the Bletchley
  Park Trust said" and "The trust said" with the article in lower case
  (three-hundred-and-first: "the Welsh Rugby Union said", "the club said"; four-hundred-and-
  twentieth: "the Metropolitan Police said"), "Mayor Denise Hollowell-Park said" and "Mayor
  Tobias Garrido-Lunt said" the name with the title dropped (four-hundred-and-twentieth:
  "Mayor Teresa Quiñones-Hart said"), "Gov. Rosalind Achterhof said in a statement" with
  "Gov." dropped (four-hundred-and-twentieth), "Trevithick-Hale said" the surname as written.
  Each row's diacritics and hyphens are its speaker's. New: „teilte der Verein am Mittwoch
  auf seiner Internetseite mit“ -> "der Verein" - the channel is dropped as the weekday and
  the occasion are (three-hundred-and-first: „teilte der Verein am Montag mit“;
  four-hundred-and-twentieth: „zum Abschluss des Berufsberatungsjahres“), and the possessive
  inside the channel does not turn the body into a possessive source.
  Left unchecked (None): all negatives, also those with a named speaker or a body; the
  possessives heading the source ("his family said" twice, "her agency said", "Her agent
  said", "Her publicist said", „wie seine Familie mitteilte“, „teilte seine Agentur am
  Freitag mit“; eighty-third, hundred-sixty-sixth), "..., it said."
  (three-hundred-and-first), "according to the Australian Bureau of Statistics"
  (three-hundred-and-first, four-hundred-and-twentieth), the genitives „Nach Angaben des
  Erzbistums“ and „Nach Angaben des Gemeindetags“ (three-hundredth, three-hundred-and-first,
  four-hundred-and-twentieth), „nach Verlagsangaben“ (three-hundred-and-first), and "Chief
  Executive Daisuke Umebayashi, his grandson, told reporters" (a description between a name
  and its verb, four-hundred-and-twentieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_425 = [
    # --- Tod der Kammersängerin Ottilie Breitenfurth-Hasler (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Die Kammersängerin Ottilie Breitenfurth-Hasler ist am Samstag im Alter von 87 Jahren gestorben, wie die Wiener Staatsoper am Sonntag mitteilte.",
        True,
        [("duration", 87, "year", None)],
        "die Wiener Staatsoper",
    ),
    (
        "de",
        "Die Sopranistin (* 4. März 1939 in Graz) sang ab 1963 mehr als drei Jahrzehnte lang im Ensemble des Hauses am Ring.",
        True,
        [("date", "1939-03-04", None, None), ("year", 1963, None, None), ("duration", 30, "year", "over")],
        None,
    ),
    (
        "de",
        "In dieser Zeit stand sie nach Angaben der Staatsoper in 41 Partien rund 1.150 Mal auf der Bühne.",
        True,
        [("count", 41, None, None), ("count", 1150, None, "about")],
        "die Staatsoper",
    ),
    (
        "de",
        "1984 wurde sie als erste Sängerin des Hauses mit dem Ehrenring der Stadt Wien ausgezeichnet.",
        True,
        [("year", 1984, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Sie hatte eine Stimme, die man nie wieder vergisst“, sagte Staatsopern-Direktor Lorenz Haidvogl-Emmerich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haidvogl-Emmerich sagte, die Vorstellung von „Tosca“ am Mittwoch werde der Verstorbenen gewidmet.",
        True,
        [],
        "Haidvogl-Emmerich",
    ),
    ("de", "Sie hinterlässt einen Sohn und drei Enkelkinder.", True, [("count", 3, None, None)], None),
    ("de", "Mit ihr verliert die Musikstadt eine ihrer unverwechselbaren Stimmen.", False, [], None),
    (
        "de",
        "Das Begräbnis findet am 22. Jänner auf dem Wiener Zentralfriedhof statt.",
        True,
        [("date", "--01-22", None, None)],
        None,
    ),
    # --- Former BBC correspondent Gerald Pemberton-Ashe dies (Reuters), January ---
    (
        "en",
        "LONDON, Jan 12 (Reuters) - Gerald Pemberton-Ashe, who reported from more than 60 countries for the BBC over four decades, has died aged 91, his family said on Tuesday.",
        True,
        [
            ("date", "--01-12", None, None),
            ("count", 60, None, "over"),
            ("duration", 40, "year", None),
            ("duration", 91, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Born in Leeds on Nov. 3, 1935, he joined the corporation as a 22-year-old sub-editor in 1957.",
        True,
        [("date", "1935-11-03", None, None), ("duration", 22, "year", None), ("year", 1957, None, None)],
        None,
    ),
    (
        "en",
        "He covered nine wars, was expelled from two countries and was held hostage for 11 days in 1976.",
        True,
        [("count", 9, None, None), ("count", 2, None, None), ("duration", 11, "day", None), ("year", 1976, None, None)],
        None,
    ),
    (
        "en",
        '"Gerald never filed a line he had not checked with his own eyes," the corporation\'s director of news said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The BBC said it would broadcast a one-hour tribute programme about his career on Sunday evening.",
        True,
        [("duration", 1, "hour", None)],
        "the BBC",
    ),
    (
        "en",
        "He won the Royal Television Society's award for journalist of the year three times, in 1971, 1979 and 1988.",
        True,
        [("count", 3, None, None), ("year", 1971, None, None), ("year", 1979, None, None), ("year", 1988, None, None)],
        None,
    ),
    (
        "en",
        "He is survived by his second wife, Maren, two daughters and five grandchildren.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", "Colleagues described him as the calmest man in any war zone.", False, [], None),
    # --- 100. Geburtstag der früheren Ständerätin Elsbeth Gysin-Marbach (Keystone-SDA), Jänner ---
    (
        "de",
        "Liestal (Keystone-SDA) - Die frühere Ständerätin Elsbeth Gysin-Marbach feiert am Donnerstag ihren 100. Geburtstag.",
        True,
        [("ordinal", 100, None, None)],
        None,
    ),
    (
        "de",
        "Sie war 1971 eine der ersten Frauen, die in den Landrat des Kantons Basel-Landschaft gewählt wurden.",
        True,
        [("year", 1971, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Von 1979 bis 1991 vertrat die Freisinnige den Kanton drei Amtsperioden lang im Ständerat.",
        True,
        [("year", 1979, None, None), ("year", 1991, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "«Ich habe nie verstanden, warum man uns Frauen so lange warten liess», sagte die Jubilarin der Nachrichtenagentur Keystone-SDA.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gemeinde Liestal leben im Kanton derzeit 214 Menschen, die mindestens 100 Jahre alt sind.",
        True,
        [("count", 214, None, None), ("duration", 100, "year", "at_least")],
        "die Gemeinde Liestal",
    ),
    (
        "de",
        "Die Gemeinde ehrt sie mit einem Empfang im Rathaus, zu dem rund 120 Gäste erwartet werden.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "«Sie ist eine Pionierin, der dieses Land viel verdankt», sagte Gemeindepräsident Urs Stöcklin-Frey.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gysin-Marbach lebt seit drei Jahren in einem Altersheim in Liestal.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- Former Erie mayor Walter Kubiak-Reyes dies (AP), February ---
    (
        "en",
        "ERIE, Pa. (AP) — Walter J. Kubiak-Reyes, who served a record seven terms as mayor of Erie, has died at 88, the city said Wednesday.",
        True,
        [("count", 7, None, None), ("duration", 88, "year", None)],
        "the city",
    ),
    (
        "en",
        "Kubiak-Reyes won his first mayoral race in 1979 at age 39 and left office in 2007 after 28 years, the longest tenure in the city's history.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 1979, None, None),
            ("duration", 39, "year", None),
            ("year", 2007, None, None),
            ("duration", 28, "year", None),
        ],
        None,
    ),
    (
        "en",
        "He won his last race in 2003 with 61% of the vote.",
        True,
        [("year", 2003, None, None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "Mayor Denise Hollowell-Park said flags at City Hall would fly at half-staff for 30 days.",
        True,
        [("duration", 30, "day", None)],
        "Denise Hollowell-Park",
    ),
    ("en", '"Walt treated every pothole like a personal insult," Hollowell-Park said.', False, [], None),
    (
        "en",
        "The son of Polish and Puerto Rican immigrants, he was the fourth of eight children and worked 12 years as a steelworker before entering politics.",
        True,
        [("ordinal", 4, None, None), ("count", 8, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Survivors include his wife of 63 years, Dolores, three sons and nine grandchildren.",
        True,
        [("duration", 63, "year", None), ("count", 3, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Residents shared photos on social media of the mayor plowing snow himself in the blizzard that made him a local legend.",
        False,
        [],
        None,
    ),
    # --- 75. Jahrestag des Zugunglücks von Lindenhagen (dpa/lni), Februar ---
    (
        "de",
        "Lindenhagen (dpa/lni) - Mit einer Gedenkfeier hat die Gemeinde Lindenhagen am Sonntag an das schwerste Zugunglück in der Geschichte des Landkreises vor einem Dreivierteljahrhundert erinnert.",
        True,
        [("duration", 75, "year", None)],
        None,
    ),
    (
        "de",
        "Am 17. Februar 1952 waren dort ein Personenzug und ein Güterzug bei dichtem Nebel frontal zusammengestoßen.",
        True,
        [("date", "1952-02-17", None, None)],
        None,
    ),
    (
        "de",
        "Dabei starben 43 Menschen, mehr als 90 wurden verletzt.",
        True,
        [("count", 43, None, None), ("count", 90, None, "over")],
        None,
    ),
    (
        "de",
        "Zum 75. Jahrestag kamen nach Angaben der Gemeinde rund 400 Menschen zu dem Mahnmal am Bahnhof.",
        True,
        [("ordinal", 75, None, None), ("count", 400, None, "about")],
        "die Gemeinde",
    ),
    (
        "de",
        "Unter ihnen war auch der 91-jährige Heinrich Ossenkopp, der das Unglück als 16-Jähriger überlebt hatte.",
        True,
        [("duration", 91, "year", None), ("duration", 16, "year", None)],
        None,
    ),
    ("de", "„Ich höre das Kreischen der Bremsen bis heute“, sagte Ossenkopp.", False, [], None),
    (
        "de",
        "Bürgermeisterin Anke Tjarks-Wilms (SPD) sagte, die Gemeinde wolle die Namen aller Opfer bis zum Herbst auf einer Gedenktafel am Bahnsteig festhalten.",
        True,
        [],
        "Anke Tjarks-Wilms",
    ),
    (
        "de",
        "„Dieses Gedenken bleibt für uns eine Verpflichtung über Generationen hinweg“, fügte sie hinzu.",
        False,
        [],
        None,
    ),
    # --- Cornish lifeboat station marks 200 years (PA), March ---
    (
        "en",
        "A Cornish lifeboat station has marked its 200th anniversary with a service attended by more than 300 past and present volunteers.",
        True,
        [("ordinal", 200, None, None), ("count", 300, None, "over")],
        None,
    ),
    (
        "en",
        "The Porthcarrow station was founded in 1827, three years after the RNLI itself, and its crews have saved an estimated 1,460 lives since.",
        True,
        [("year", 1827, None, None), ("duration", 3, "year", None), ("count", 1460, None, "about")],
        None,
    ),
    (
        "en",
        "The RNLI said the station's volunteers had launched 2,915 times in its history, 38 of them last year.",
        True,
        [("count", 2915, None, None), ("count", 38, None, None)],
        "the RNLI",
    ),
    (
        "en",
        "Coxswain Morwenna Trevithick-Hale, 54, is the first woman to lead the Porthcarrow crew since the station opened.",
        True,
        [("duration", 54, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"The sea doesn\'t care what year it is, and neither do we," Trevithick-Hale said.', False, [], None),
    (
        "en",
        "Trevithick-Hale said the station would take delivery of a new £2.6 million Shannon-class boat in the spring.",
        True,
        [("money", 2600000, "GBP", None)],
        "Trevithick-Hale",
    ),
    ("en", "Generations of fishing families owe their lives to these volunteers.", False, [], None),
    (
        "en",
        "A bronze plaque listing the 17 crew members lost at sea since 1827 was unveiled by the oldest former coxswain, 96-year-old Jory Pascoe.",
        True,
        [("count", 17, None, None), ("year", 1827, None, None), ("duration", 96, "year", None)],
        None,
    ),
    # --- Tod des Karikaturisten Ruedi Brändle-Scherrer (Keystone-SDA), März ---
    ("de", "Basel (Keystone-SDA) - Der Karikaturist Ruedi Brändle-Scherrer ist tot.", True, [], None),
    (
        "de",
        "Er starb am Montag im Alter von 84 Jahren in Basel, wie seine Familie mitteilte.",
        True,
        [("duration", 84, "year", None)],
        None,
    ),
    (
        "de",
        "Brändle-Scherrer zeichnete ab 1968 fast ein halbes Jahrhundert lang für die «Basler Zeitung», insgesamt mehr als 11'000 Karikaturen.",
        True,
        [("year", 1968, None, None), ("duration", 50, "year", "nearly"), ("count", 11000, None, "over")],
        None,
    ),
    (
        "de",
        "Seine Zeichnungen wurden in 14 Ländern ausgestellt, 1999 erhielt er den Swiss Press Award.",
        True,
        [("count", 14, None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "de",
        "«Er konnte mit einem Strich mehr sagen als andere mit einer ganzen Seite», hiess es in einem Nachruf der Zeitung.",
        False,
        [],
        None,
    ),
    ("de", "Er hinterlässt seine Frau Vreni und zwei Söhne.", True, [("count", 2, None, None)], None),
    ("de", "Die Abdankung findet am 19. März im Basler Münster statt.", True, [("date", "--03-19", None, None)], None),
    (
        "de",
        "«Die Schweiz hat ihren spitzesten Bleistift verloren», sagte Verleger Thomas Andermatt-Rüegg.",
        False,
        [],
        None,
    ),
    # --- Hall of Famer Lonnie Birdsong dies (AP), March ---
    (
        "en",
        "ST. LOUIS (AP) — Lonnie Birdsong, the Hall of Fame left-hander who won 247 games in 19 major league seasons, died Thursday at his home in Florissant, Missouri.",
        True,
        [("count", 247, None, None), ("count", 19, None, None)],
        None,
    ),
    ("en", "He was 90.", True, [("duration", 90, "year", None)], None),
    ("en", "The Cardinals said Birdsong died peacefully with his family at his bedside.", True, [], "the Cardinals"),
    (
        "en",
        "An eight-time All-Star, Birdsong threw two no-hitters and led the National League in strikeouts four times.",
        True,
        [("count", 8, None, None), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "He was elected to the Hall of Fame in 1989 with 91.4% of the vote in his first year of eligibility.",
        True,
        [("year", 1989, None, None), ("percent", 91.4, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Lonnie had the best curveball I ever tried to hit, and I never hit it," said former teammate Roy Delancey.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Born on Aug. 2, 1936, in Hannibal, Missouri, he signed with St. Louis out of high school for a $4,000 bonus.",
        True,
        [("date", "1936-08-02", None, None), ("money", 4000, "USD", None)],
        None,
    ),
    (
        "en",
        "Survivors include his wife, Arlene, whom he married in 1958, four children and 11 grandchildren.",
        True,
        [("year", 1958, None, None), ("count", 4, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- Tod der Torwart-Legende Klaus-Peter Wendelin (dpa), April ---
    (
        "de",
        "Frankfurt/Main (dpa) - Der frühere Torhüter von Eintracht Frankfurt, Klaus-Peter Wendelin, ist tot.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er starb am Dienstag im Alter von 83 Jahren nach langer Krankheit, teilte der Verein am Mittwoch auf seiner Internetseite mit.",
        True,
        [("duration", 83, "year", None)],
        "der Verein",
    ),
    (
        "de",
        "Wendelin bestritt zwischen 1965 und 1979 insgesamt 386 Bundesligaspiele für die Eintracht und blieb dabei in 97 Partien ohne Gegentor.",
        True,
        [("year", 1965, None, None), ("year", 1979, None, None), ("count", 386, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Für die Nationalmannschaft lief er viermal auf, 1974 gehörte er zum erweiterten Aufgebot für die Weltmeisterschaft.",
        True,
        [("count", 4, None, None), ("year", 1974, None, None)],
        None,
    ),
    (
        "de",
        "„Klaus-Peter war ein Torwart, wie es ihn heute nicht mehr gibt“, sagte Vorstandssprecher Jens-Uwe Dallmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor dem Heimspiel am Samstag gegen den VfL Bochum ist eine Schweigeminute geplant, die Spieler laufen mit Trauerflor auf.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach seiner Karriere führte Wendelin 26 Jahre lang ein Sportgeschäft in Offenbach.",
        True,
        [("duration", 26, "year", None)],
        None,
    ),
    ("de", "Am Stadion legten Fans Schals, Trikots und Grablichter nieder.", False, [], None),
    # --- Former Kansas congressman Ambrose Kettering dies (AP), April ---
    (
        "en",
        "TOPEKA, Kan. (AP) — Former U.S. Rep. Ambrose Kettering, who represented western Kansas for 11 terms in the House, has died at 94, his family said Monday.",
        True,
        [("count", 11, None, None), ("duration", 94, "year", None)],
        None,
    ),
    (
        "en",
        "Kettering represented the state's 1st District from 1967 until 1989 and later spent six years as a farm lobbyist.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 1967, None, None),
            ("year", 1989, None, None),
            ("duration", 6, "year", None),
        ],
        None,
    ),
    (
        "en",
        "He was the ranking Republican on the Agriculture Committee for eight years and helped write the 1973 farm bill.",
        True,
        [("duration", 8, "year", None), ("year", 1973, None, None)],
        None,
    ),
    (
        "en",
        "Gov. Rosalind Achterhof said in a statement that flags at the Statehouse would be lowered on the day of his funeral.",
        True,
        [],
        "Rosalind Achterhof",
    ),
    ("en", '"Ambrose never forgot that the wheat pays the bills," Achterhof said.', False, [], None),
    (
        "en",
        "Born on a farm near Hays on May 9, 1932, Kettering served two years in the Army before studying law.",
        True,
        [("date", "1932-05-09", None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Former colleagues remembered him as a gentle negotiator who rarely raised his voice.", False, [], None),
    ("en", "A funeral is planned for Saturday at the Methodist church in Hays.", True, [], None),
    # --- Skilegende Resi Obermoser-Kröll wird 80 (APA), Mai ---
    (
        "de",
        "Innsbruck (APA) - Die frühere Skirennläuferin Resi Obermoser-Kröll wird am Freitag 80 Jahre alt.",
        True,
        [("duration", 80, "year", None)],
        None,
    ),
    (
        "de",
        "Die Tirolerin gewann zwischen 1966 und 1975 insgesamt 19 Weltcuprennen und stand 42-mal auf dem Podest.",
        True,
        [("year", 1966, None, None), ("year", 1975, None, None), ("count", 19, None, None), ("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Olympischen Spielen 1972 holte sie Silber in der Abfahrt, zwei Jahre später wurde sie Weltmeisterin im Riesentorlauf.",
        True,
        [("year", 1972, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Sie war die erste Österreicherin, die dreimal die Kristallkugel für den Gesamtweltcup gewann.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Ich bin nie gefahren, um zu gewinnen, sondern um zu fliegen“, sagte die Jubilarin der APA.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Skiverband ehrt sie am Samstag in Kitzbühel mit einem Empfang für rund 250 Gäste, teilte der ÖSV mit.",
        True,
        [("count", 250, None, "about")],
        "der ÖSV",
    ),
    ("de", "Die ÖSV-Präsidentin nannte sie „die Grande Dame des Skisports“.", False, [], None),
    (
        "de",
        "Obermoser-Kröll betrieb nach ihrer Karriere 31 Jahre lang eine Skischule in Seefeld und ist Mutter von vier Kindern.",
        True,
        [("duration", 31, "year", None), ("count", 4, None, None)],
        None,
    ),
    # --- Camera maker founder Kenji Umebayashi dies (Reuters), May ---
    (
        "en",
        "TOKYO, May 14 (Reuters) - Kenji Umebayashi, who turned a three-man lens workshop into one of Japan's largest camera makers, has died aged 96, the company said on Friday.",
        True,
        [("date", "--05-14", None, None), ("count", 3, None, None), ("duration", 96, "year", None)],
        "the company",
    ),
    (
        "en",
        "Umebayashi founded Hoshiro Optical in 1949 and ran it for 38 years before handing over to his eldest son in 1987.",
        True,
        [("year", 1949, None, None), ("duration", 38, "year", None), ("year", 1987, None, None)],
        None,
    ),
    (
        "en",
        "Under his leadership annual sales passed 400 billion yen, and the firm employed about 21,000 people in 14 countries at its peak.",
        True,
        [("money", 400000000000, "JPY", None), ("count", 21000, None, "about"), ("count", 14, None, None)],
        None,
    ),
    ("en", "Hoshiro's shares fell 1.8% in Tokyo on Friday.", True, [("percent", 1.8, "%", None)], None),
    ("en", '"A camera should disappear in the photographer\'s hand," Umebayashi liked to say.', False, [], None),
    (
        "en",
        "Chief Executive Daisuke Umebayashi, his grandson, told reporters the company would hold a farewell ceremony in Tokyo on June 3.",
        True,
        [("date", "--06-03", None, None)],
        None,
    ),
    ("en", "He received the Order of the Rising Sun in 1998.", True, [("year", 1998, None, None)], None),
    ("en", "Industry analysts said his influence on the compact camera was hard to overstate.", False, [], None),
    # --- 150 Jahre Spielwarenhersteller Hallbauer (dpa/lby), Mai ---
    (
        "de",
        "Nürnberg (dpa/lby) - Der Nürnberger Spielwarenhersteller Hallbauer feiert in diesem Jahr sein 150-jähriges Bestehen.",
        True,
        [("duration", 150, "year", None)],
        None,
    ),
    (
        "de",
        "Das Familienunternehmen wurde 1877 von dem Zinngießer Georg Hallbauer gegründet und wird heute in fünfter Generation geführt.",
        True,
        [("year", 1877, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Firma beschäftigt rund 180 Menschen und setzte im vergangenen Jahr 31 Millionen Euro um, sagte Geschäftsführerin Lisa Hallbauer-Nguyen.",
        True,
        [("count", 180, None, "about"), ("money", 31000000, "EUR", None)],
        "Lisa Hallbauer-Nguyen",
    ),
    (
        "de",
        "Etwa zwei Drittel des Umsatzes erzielt Hallbauer im Ausland.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    ("de", "„Ein gutes Spielzeug überlebt jede Mode“, sagte Hallbauer-Nguyen.", False, [], None),
    (
        "de",
        "Zum Jubiläum öffnet das Unternehmen am 12. Juni seine Werkstatt für Besucher, bis zu 3.000 Gäste werden erwartet.",
        True,
        [("date", "--06-12", None, None), ("count", 3000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Zinnsoldaten, mit denen die Firma bekannt wurde, machen heute nur noch knapp 5 Prozent des Geschäfts aus.",
        True,
        [("percent", 5, "%", "nearly")],
        None,
    ),
    ("de", "Hallbauer gilt vielen Sammlern als Inbegriff fränkischer Handwerkskunst.", False, [], None),
    # --- Photographer Colette Marivaux-Delorme dies (AFP), June ---
    (
        "en",
        "PARIS, June 8 (AFP) - French fashion photographer Colette Marivaux-Delorme, whose images filled the pages of Vogue and Elle for half a century, has died at the age of 89, her agency said on Tuesday.",
        True,
        [("date", "--06-08", None, None), ("duration", 50, "year", None), ("duration", 89, "year", None)],
        None,
    ),
    (
        "en",
        "Born in Lyon on Feb. 21, 1938, she bought her first camera at 15 with money earned selling flowers at a market stall.",
        True,
        [("date", "1938-02-21", None, None), ("ordinal", 1, None, None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "She shot more than 300 magazine covers and published 22 books.",
        True,
        [("count", 300, None, "over"), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "In 2011 she was elected to the Académie des Beaux-Arts, one of only four women in its photography section.",
        True,
        [("year", 2011, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"She saw elegance where others saw only clothes," France\'s culture minister said in a tribute.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A retrospective of 140 of her photographs will open at the Maison Européenne de la Photographie on Sept. 15.",
        True,
        [("count", 140, None, None), ("date", "--09-15", None, None)],
        None,
    ),
    ("en", "Models and admirers left white roses outside her studio in the Marais.", False, [], None),
    (
        "en",
        "She is survived by her partner of 40 years, the painter Luc Ferrandou, and a daughter.",
        True,
        [("duration", 40, "year", None)],
        None,
    ),
    # --- Diamantenes Priesterjubiläum von Weihbischof Anselm Drübbisch (KNA), Juni ---
    (
        "de",
        "Paderborn (KNA) - Der emeritierte Weihbischof Anselm Drübbisch feiert am Sonntag sein diamantenes Priesterjubiläum.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Drübbisch war am 29. Juni 1967 im Paderborner Dom zum Priester geweiht worden, vor genau 60 Jahren.",
        True,
        [("date", "1967-06-29", None, None), ("duration", 60, "year", None)],
        None,
    ),
    (
        "de",
        "Von 1991 bis 2017 war er 26 Jahre lang Weihbischof im Erzbistum Paderborn.",
        True,
        [("year", 1991, None, None), ("year", 2017, None, None), ("duration", 26, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Erzbistums spendete er in dieser Zeit rund 41.000 Jugendlichen das Sakrament der Firmung.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "Den Festgottesdienst leitet der 88-Jährige selbst, teilte das Erzbistum mit.",
        True,
        [("duration", 88, "year", None)],
        "das Erzbistum",
    ),
    ("de", "„Priester sein heißt, Zeit zu haben für die Menschen“, sagte Drübbisch.", False, [], None),
    (
        "de",
        "„Er ist ein Seelsorger mit großem Herzen und klarer Sprache“, sagte der amtierende Erzbischof.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Drübbisch ist der dritte Weihbischof des Erzbistums seit 1950, der ein solches Jubiläum erlebt.",
        True,
        [("ordinal", 3, None, None), ("year", 1950, None, None)],
        None,
    ),
    # --- Australia's oldest person turns 112 (AAP), July ---
    (
        "en",
        "Australia's oldest person, Edna Maybury, has celebrated her 112th birthday at her nursing home in Ballarat.",
        True,
        [("ordinal", 112, None, None)],
        None,
    ),
    (
        "en",
        "Born on July 9, 1915, she has lived through 28 prime ministers and two world wars.",
        True,
        [("date", "1915-07-09", None, None), ("count", 28, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "There are about 6,200 centenarians in Australia, according to the Australian Bureau of Statistics.",
        True,
        [("count", 6200, None, "about")],
        None,
    ),
    (
        "en",
        "Maybury, who worked 41 years as a schoolteacher, has five children, 14 grandchildren and 23 great-grandchildren.",
        True,
        [
            ("duration", 41, "year", None),
            ("count", 5, None, None),
            ("count", 14, None, None),
            ("count", 23, None, None),
        ],
        None,
    ),
    ("en", '"Eat your greens, mind your own business and never stop reading," she told visitors.', False, [], None),
    ("en", "Her eldest daughter, Joan, is 89.", True, [("duration", 89, "year", None)], None),
    (
        "en",
        "She received a letter from the King and a second from the Governor-General, the care home said.",
        True,
        [("ordinal", 2, None, None)],
        "the care home",
    ),
    (
        "en",
        "She became the oldest person in Australia in March, after the death of a 113-year-old woman in Perth.",
        True,
        [("duration", 113, "year", None)],
        None,
    ),
    # --- Tod des Schauspielers Rüdiger Hollenstein (dpa), Juli ---
    (
        "de",
        "Berlin (dpa) - Der Schauspieler Rüdiger Hollenstein, bekannt als „Tatort“-Kommissar Bruno Faltermeyer, ist im Alter von 79 Jahren gestorben.",
        True,
        [("duration", 79, "year", None)],
        None,
    ),
    (
        "de",
        "Er sei am Donnerstag nach kurzer Krankheit in einer Klinik in Potsdam gestorben, teilte seine Agentur am Freitag mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Hollenstein spielte den Kommissar zwischen 1994 und 2012 in 38 Folgen, die im Schnitt gut zehn Millionen Menschen sahen.",
        True,
        [
            ("year", 1994, None, None),
            ("year", 2012, None, None),
            ("count", 38, None, None),
            ("count", 10000000, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "In mehr als fünf Jahrzehnten wirkte er in über 170 Film- und Fernsehproduktionen mit.",
        True,
        [("duration", 50, "year", "over"), ("count", 170, None, "over")],
        None,
    ),
    (
        "de",
        "„Er war der Kommissar, dem man seine Müdigkeit glaubte“, sagte die ARD-Programmdirektorin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die ARD ändert am Sonntag ihr Programm und zeigt um 20.15 Uhr seinen letzten Fall aus dem Jahr 2012, teilte der Sender mit.",
        True,
        [("year", 2012, None, None)],
        "der Sender",
    ),
    (
        "de",
        "Er hinterlässt seine zweite Frau und drei Kinder aus erster Ehe.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Vor seinem Wohnhaus in Potsdam legten Nachbarn Blumen und Briefe ab.", False, [], None),
    # --- Roswell marks 80 years since the debris find (AP), July ---
    (
        "en",
        "ROSWELL, N.M. (AP) — This desert city is marking 80 years since a rancher found strange debris on his land, with a four-day festival expected to draw up to 60,000 visitors.",
        True,
        [("duration", 80, "year", None), ("duration", 4, "day", None), ("count", 60000, None, "up_to")],
        None,
    ),
    (
        "en",
        "The debris was found in early July 1947, and within days the Army said it had come from a weather balloon.",
        True,
        [("year", 1947, None, None)],
        None,
    ),
    (
        "en",
        "Mayor Tobias Garrido-Lunt said the festival brought in about $9 million for local businesses last year.",
        True,
        [("money", 9000000, "USD", "about")],
        "Tobias Garrido-Lunt",
    ),
    ("en", '"Whatever you believe, everybody is welcome here," Garrido-Lunt said.', False, [], None),
    (
        "en",
        "The city's UFO museum drew 212,000 visitors last year, it said.",
        True,
        [("count", 212000, None, None)],
        None,
    ),
    ("en", '"The truth is out there, and so is our gift shop," read a banner over Main Street.', False, [], None),
    # --- 100 Jahre Ghirmhütte des SAC (Keystone-SDA), August ---
    (
        "de",
        "Meiringen (Keystone-SDA) - Die Ghirmhütte des Schweizer Alpen-Clubs auf 2380 Metern über Meer feiert ihr 100-jähriges Bestehen.",
        True,
        [("count", 2380, None, None), ("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Die Hütte war im August 1927 nach nur vier Monaten Bauzeit eröffnet worden.",
        True,
        [("year", 1927, None, None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Heute bietet sie 64 Schlafplätze und zählte im vergangenen Sommer nach Angaben der Sektion rund 5'800 Übernachtungen.",
        True,
        [("count", 64, None, None), ("count", 5800, None, "about")],
        "die Sektion",
    ),
    (
        "de",
        "Hüttenwartin Corina Amstutz-Feuz führt die Hütte seit 2009 in dritter Generation.",
        True,
        [("year", 2009, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "«Hier oben ticken die Uhren anders, und das ist gut so», sagte Amstutz-Feuz.", False, [], None),
    (
        "de",
        "Amstutz-Feuz sagte, der Umbau für 2,4 Millionen Franken solle bis 2029 abgeschlossen sein.",
        True,
        [("money", 2400000, "CHF", None), ("year", 2029, None, None)],
        "Amstutz-Feuz",
    ),
    (
        "de",
        "Zum Jubiläumsfest am 22. August werden bis zu 600 Gäste erwartet.",
        True,
        [("date", "--08-22", None, None), ("count", 600, None, "up_to")],
        None,
    ),
    ("de", "«Ohne Hütten gäbe es keinen Bergsport, wie wir ihn kennen», sagte der Sektionspräsident.", False, [], None),
    # --- Ostwald chief Ingrid Vahlkamp-Rees to step down (Reuters), August ---
    (
        "en",
        "FRANKFURT, Aug 26 (Reuters) - Ingrid Vahlkamp-Rees, who has run German spice maker Ostwald for a quarter-century, will step down at the end of March, the company said on Thursday.",
        True,
        [("date", "--08-26", None, None), ("duration", 25, "year", None)],
        "the company",
    ),
    (
        "en",
        "Vahlkamp-Rees, 67, became chief executive in 2002 as the first woman to lead the family-owned group in its 140-year history.",
        True,
        [
            ("duration", 67, "year", None),
            ("year", 2002, None, None),
            ("ordinal", 1, None, None),
            ("duration", 140, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Under her, revenue rose to 2.1 billion euros from 480 million euros and the workforce tripled to about 6,900.",
        True,
        [("money", 2100000000, "EUR", None), ("money", 480000000, "EUR", None), ("count", 6900, None, "about")],
        None,
    ),
    (
        "en",
        "Finance chief Mattias Strandberg, 51, will succeed her on April 1, the company said.",
        True,
        [("duration", 51, "year", None), ("date", "--04-01", None, None)],
        "the company",
    ),
    ("en", '"I leave a company that is in better shape than the one I found," Vahlkamp-Rees said.', False, [], None),
    ("en", "Analysts called her the most successful chief executive in the sector's recent history.", False, [], None),
    (
        "en",
        "She will join the supervisory board after a two-year cooling-off period.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Lahnsteiner Literaturpreis für Hedwig Carstensen-Öztürk (dpa), September ---
    (
        "de",
        "Lahnstein (dpa) - Die Schriftstellerin Hedwig Carstensen-Öztürk erhält den mit 40.000 Euro dotierten Lahnsteiner Literaturpreis, teilte die Stadt Lahnstein mit.",
        True,
        [("money", 40000, "EUR", None)],
        "die Stadt Lahnstein",
    ),
    (
        "de",
        "Die 71-Jährige wird als elfte Frau in der 60-jährigen Geschichte des Preises ausgezeichnet.",
        True,
        [("duration", 71, "year", None), ("ordinal", 11, None, None), ("duration", 60, "year", None)],
        None,
    ),
    (
        "de",
        "Carstensen-Öztürk wurde 1956 in Flensburg geboren und hat 14 Romane veröffentlicht, die in 27 Sprachen übersetzt wurden.",
        True,
        [("year", 1956, None, None), ("count", 14, None, None), ("count", 27, None, None)],
        None,
    ),
    ("de", "Die Jury würdigte ihr Werk als „große Erzählung vom Ankommen und Fortgehen“.", False, [], None),
    (
        "de",
        "Ihr bekanntester Roman „Die Fährfrau“ verkaufte sich nach Verlagsangaben mehr als 1,2 Millionen Mal.",
        True,
        [("count", 1200000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Preisverleihung ist für den 14. November im Lahnsteiner Stadttheater geplant.",
        True,
        [("date", "--11-14", None, None)],
        None,
    ),
    ("de", "„Ich schreibe, weil ich sonst nicht verstehe, was mit uns passiert“, sagte die Autorin.", False, [], None),
    (
        "de",
        "Zuletzt war sie 2019 für den Deutschen Buchpreis nominiert worden.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    # --- Gardening presenter Dorothy Quayle-Ramsden dies (PA), September ---
    (
        "en",
        "Broadcaster Dorothy Quayle-Ramsden, who presented the BBC gardening programme Green Fingers for 34 years, has died aged 92.",
        True,
        [("duration", 34, "year", None), ("duration", 92, "year", None)],
        None,
    ),
    (
        "en",
        "Her agent said she died peacefully at home in Harrogate on Sunday with her family around her.",
        True,
        [],
        None,
    ),
    (
        "en",
        "She presented more than 1,300 episodes between 1968 and 2002, and at its peak the programme was watched by 9 million viewers a week.",
        True,
        [
            ("count", 1300, None, "over"),
            ("year", 1968, None, None),
            ("year", 2002, None, None),
            ("count", 9000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "She was made an OBE in 1995 and a dame in 2010.",
        True,
        [("year", 1995, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        'The BBC\'s director-general called her "a national treasure who made the whole country want to dig."',
        False,
        [],
        None,
    ),
    ("en", "For millions of viewers, she was as much a part of Sunday as the roast.", False, [], None),
    (
        "en",
        "Quayle-Ramsden, the third of four sisters, trained as a botanist at the University of Reading before joining the BBC at 26.",
        True,
        [("ordinal", 3, None, None), ("count", 4, None, None), ("duration", 26, "year", None)],
        None,
    ),
    (
        "en",
        "She is survived by her son, Adam, three grandchildren and a sister in her late 80s.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Tod des früheren Salzburger Bürgermeisters Ferdinand Rauchenbichler-Moser (APA), Oktober ---
    (
        "de",
        "Salzburg (APA) - Der frühere Salzburger Bürgermeister Ferdinand Rauchenbichler-Moser ist am Montag im 93. Lebensjahr gestorben.",
        True,
        [("ordinal", 93, None, None)],
        None,
    ),
    (
        "de",
        "Der ÖVP-Politiker stand der Stadt von 1980 bis 1999 vor und wurde dreimal wiedergewählt.",
        True,
        [("year", 1980, None, None), ("year", 1999, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "In seine Amtszeit fielen der Bau des Messezentrums und die Sanierung von 42 Schulen, teilte die Stadt am Dienstag mit.",
        True,
        [("count", 42, None, None)],
        "die Stadt",
    ),
    (
        "de",
        "„Er war ein Bürgermeister, der zuhörte, bevor er entschied“, sagte der amtierende Bürgermeister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rauchenbichler-Moser wurde am 2. Mai 1935 in Hallein geboren und arbeitete zunächst 14 Jahre als Volksschullehrer.",
        True,
        [("date", "1935-05-02", None, None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Er erhielt 1999 das Goldene Ehrenzeichen für Verdienste um die Republik Österreich.",
        True,
        [("year", 1999, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadt wird ihn in einem Ehrengrab auf dem Kommunalfriedhof beisetzen, einen Termin nannte sie noch nicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Wer Abschied nehmen möchte, kann sich ab Donnerstag im Schloss Mirabell in ein Kondolenzbuch eintragen.",
        False,
        [],
        None,
    ),
    # --- Carlton Narrows Bridge turns 50 (AP), October ---
    (
        "en",
        "PORTLAND, Ore. (AP) — Thousands of people walked across the Carlton Narrows Bridge on Sunday to celebrate the 50th anniversary of its opening.",
        True,
        [("ordinal", 50, None, None)],
        None,
    ),
    (
        "en",
        "The 1.4-mile span opened on Oct. 16, 1977, after five years of construction and at a cost of $86 million.",
        True,
        [
            ("count", 1.4, None, None),
            ("date", "1977-10-16", None, None),
            ("duration", 5, "year", None),
            ("money", 86000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The Oregon Department of Transportation said about 88,000 vehicles cross it on an average weekday, nearly four times the traffic it was designed for.",
        True,
        [("count", 88000, None, "about"), ("count", 4, None, "nearly")],
        "the Oregon Department of Transportation",
    ),
    (
        "en",
        "Retired ironworker Gus Pellerin, 81, who helped bolt the steel deck as a 31-year-old, cut a ribbon at the midpoint.",
        True,
        [("duration", 81, "year", None), ("duration", 31, "year", None)],
        None,
    ),
    ("en", '"We built her right, and she\'s held up better than I have," Pellerin said.', False, [], None),
    (
        "en",
        "A $274 million seismic retrofit is scheduled to begin in 2029, the department said.",
        True,
        [("money", 274000000, "USD", None), ("year", 2029, None, None)],
        "the department",
    ),
    ("en", "Residents said the bridge had become part of the city's identity.", False, [], None),
    # --- Rekord-Bürgermeister Hinrich Feddersen-Boysen geht (dpa/lno), November ---
    (
        "de",
        "Nordstrand (dpa/lno) - Nach 42 Jahren im Amt hat sich der dienstälteste ehrenamtliche Bürgermeister Schleswig-Holsteins, Hinrich Feddersen-Boysen, in den Ruhestand verabschiedet.",
        True,
        [("duration", 42, "year", None)],
        None,
    ),
    (
        "de",
        "Der 74-Jährige war 1985 im Alter von 32 Jahren erstmals gewählt und danach siebenmal im Amt bestätigt worden.",
        True,
        [
            ("duration", 74, "year", None),
            ("year", 1985, None, None),
            ("duration", 32, "year", None),
            ("count", 7, None, None),
        ],
        None,
    ),
    ("de", "Nach Angaben des Gemeindetags hat derzeit kein Bürgermeister im Land länger amtiert.", True, [], None),
    (
        "de",
        "In seiner Amtszeit wuchs die Gemeinde von 2.180 auf rund 2.450 Einwohner, sagte Amtsdirektorin Silke Harmsen-Lorenzen.",
        True,
        [("count", 2180, None, None), ("count", 2450, None, "about")],
        "Silke Harmsen-Lorenzen",
    ),
    (
        "de",
        "„Ein Bürgermeister auf dem Dorf ist Seelsorger, Hausmeister und Schiedsrichter in einer Person“, sagte Feddersen-Boysen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zu seinem Nachfolger wählte die Gemeindevertretung am Montagabend mit neun von 13 Stimmen den 38-jährigen Landwirt Jannes Petersen-Hinz.",
        True,
        [("count", 9, None, None), ("count", 13, None, None), ("duration", 38, "year", None)],
        None,
    ),
    ("de", "Der Landrat überreichte ihm zum Abschied die Ehrennadel des Kreises in Gold.", True, [], None),
    ("de", "Viele Einwohner sprachen von einem „Abschied, der wehtut“.", False, [], None),
    # --- Country singer Lula Pettigrew-Haynes dies (AP), November ---
    (
        "en",
        'NASHVILLE, Tenn. (AP) — Lula Pettigrew-Haynes, the Grand Ole Opry star whose 1971 ballad "Kitchen Window" spent nine weeks at No. 1, has died.',
        True,
        [("year", 1971, None, None), ("duration", 9, "week", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", "She was 85.", True, [("duration", 85, "year", None)], None),
    ("en", "Her publicist said she died Tuesday at a hospice in Franklin after a short illness.", True, [], None),
    (
        "en",
        "Pettigrew-Haynes recorded 31 studio albums and joined the Country Music Hall of Fame in 2004.",
        True,
        [("count", 31, None, None), ("year", 2004, None, None)],
        None,
    ),
    ("en", '"She sang like she was telling you a secret," said fellow Opry member Travis Coldwater.', False, [], None),
    ("en", "The Opry said it would dedicate its Saturday show to her.", True, [], "the Opry"),
    ("en", "Handwritten notes and bouquets piled up outside the Ryman Auditorium on Wednesday.", False, [], None),
    # --- Today's birthdays (AP), November ---
    ("en", "Actor Porter Vail is 91.", True, [("duration", 91, "year", None)], None),
    ("en", "Jazz pianist Elsie Marchbanks-Cole is 87.", True, [("duration", 87, "year", None)], None),
    ("en", "Former NFL quarterback Deacon Ruffin is 80.", True, [("duration", 80, "year", None)], None),
    # --- Bundesverdienstkreuz für Feuerwehrmann Erwin Stüdemann-Lohse (dpa/mv), November ---
    (
        "de",
        "Schwerin (dpa/mv) - Der 91 Jahre alte Feuerwehrmann Erwin Stüdemann-Lohse ist für 75 Jahre Mitgliedschaft in der Freiwilligen Feuerwehr mit dem Bundesverdienstkreuz ausgezeichnet worden.",
        True,
        [("duration", 91, "year", None), ("duration", 75, "year", None)],
        None,
    ),
    (
        "de",
        "Stüdemann-Lohse trat 1952 als 16-Jähriger in die Wehr seines Heimatdorfs Gallentin ein und war 28 Jahre lang deren Wehrführer.",
        True,
        [("year", 1952, None, None), ("duration", 16, "year", None), ("duration", 28, "year", None)],
        None,
    ),
    (
        "de",
        "Er rückte in dieser Zeit zu mehr als 1.400 Einsätzen aus, teilte der Landesfeuerwehrverband mit.",
        True,
        [("count", 1400, None, "over")],
        "der Landesfeuerwehrverband",
    ),
    (
        "de",
        "Die Auszeichnung überreichte die Innenministerin am Freitag in der Staatskanzlei in Schwerin.",
        True,
        [],
        None,
    ),
    ("de", "„Menschen wie er halten dieses Land zusammen“, sagte die Ministerin.", False, [], None),
    (
        "de",
        "Sein Sohn, der 63-jährige Bernd Stüdemann, ist seit 2004 selbst Wehrführer in Gallentin, seine Enkelin Jana ist seit drei Jahren dabei.",
        True,
        [("duration", 63, "year", None), ("year", 2004, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Bereits 2011 hatte Stüdemann-Lohse das Verdienstkreuz am Bande erhalten, nun folgte das Verdienstkreuz 1. Klasse.",
        True,
        [("year", 2011, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "„Ich habe nur getan, was im Dorf eben getan werden musste“, sagte Stüdemann-Lohse.", False, [], None),
    # --- Chess grandmaster Imre Szalontai-Vértes dies (Reuters), December ---
    (
        "en",
        "BUDAPEST, Dec 3 (Reuters) - Hungarian chess grandmaster Imre Szalontai-Vértes, who won the national championship a record 11 times, has died at the age of 84, the Hungarian Chess Federation said on Friday.",
        True,
        [("date", "--12-03", None, None), ("count", 11, None, None), ("duration", 84, "year", None)],
        "the Hungarian Chess Federation",
    ),
    (
        "en",
        "Szalontai-Vértes became a grandmaster in 1966 at 23, then one of the youngest in the world.",
        True,
        [("year", 1966, None, None), ("duration", 23, "year", None)],
        None,
    ),
    (
        "en",
        "He played on Hungary's Olympiad team 14 times and helped it to two medals.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "At his peak in 1979 he was ranked eighth in the world.",
        True,
        [("year", 1979, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    ("en", '"He played the endgame like a watchmaker," the federation said in its statement.', False, [], None),
    (
        "en",
        "He wrote 17 books on chess, the best known of which sold more than 500,000 copies in 12 languages.",
        True,
        [("count", 17, None, None), ("count", 500000, None, "over"), ("count", 12, None, None)],
        None,
    ),
    ("en", "He is survived by his wife, Erzsébet, and two sons.", True, [("count", 2, None, None)], None),
    ("en", "Players at a tournament in the capital held a minute's silence before Friday's round.", False, [], None),
    # --- 550. Weihnachtsmarkt in Hohenkirchberg (dpa/lsw), Dezember ---
    (
        "de",
        "Hohenkirchberg (dpa/lsw) - Der Weihnachtsmarkt in Hohenkirchberg findet in diesem Jahr zum 550. Mal statt.",
        True,
        [("ordinal", 550, None, None)],
        None,
    ),
    (
        "de",
        "Erstmals urkundlich erwähnt wurde der Markt nach Angaben der Stadtverwaltung im Jahr 1477.",
        True,
        [("year", 1477, None, None)],
        "die Stadtverwaltung",
    ),
    (
        "de",
        "Bis zum 23. Dezember bieten 86 Händler an ihren Ständen Waren an, erwartet werden rund 180.000 Besucher.",
        True,
        [("date", "--12-23", None, None), ("count", 86, None, None), ("count", 180000, None, "about")],
        None,
    ),
    (
        "de",
        "„Ein Weihnachtsmarkt ohne Geschichte ist nur ein Parkplatz mit Glühwein“, sagte Oberbürgermeister Dieter Schanbacher-Roos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schanbacher-Roos sagte, die Stadt gebe für Sicherheit und Beleuchtung in diesem Jahr 410.000 Euro aus, ein Drittel mehr als 2024.",
        True,
        [("money", 410000, "EUR", None), ("fraction", 0.3333, None, None), ("year", 2024, None, None)],
        "Schanbacher-Roos",
    ),
    (
        "de",
        "Das Jubiläum feiert die Stadt am 4. Dezember mit einem dreistündigen Umzug durch die Altstadt.",
        True,
        [("date", "--12-04", None, None), ("duration", 3, "hour", None)],
        None,
    ),
    ("de", "Für viele Familien gehört der Besuch zum Advent wie der Kranz auf dem Tisch.", False, [], None),
    (
        "de",
        "Der älteste Standbetreiber, der 86-jährige Lebkuchenbäcker Otto Wieland, ist seit 61 Jahren dabei.",
        True,
        [("duration", 86, "year", None), ("duration", 61, "year", None)],
        None,
    ),
    # --- Bletchley Park codebreaker turns 100 (PA), December ---
    (
        "en",
        "A woman who worked as a codebreaker at Bletchley Park during the Second World War has celebrated her 100th birthday with a party at her care home in Cheltenham.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 100, None, None)],
        None,
    ),
    (
        "en",
        "Winifred Aldous-Penhale joined the codebreaking effort in 1945 as a 17-year-old and spent eight months in Hut 6, logging intercepted messages.",
        True,
        [("year", 1945, None, None), ("duration", 17, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "She kept her work secret for more than 30 years, not even telling her husband, the Bletchley Park Trust said.",
        True,
        [("duration", 30, "year", "over")],
        "the Bletchley Park Trust",
    ),
    ("en", '"We were just girls doing sums in a cold hut," she said.', False, [], None),
    (
        "en",
        "She received a card from the King and a visit from the trust's chief executive, who brought a replica of the badge given to veterans in 2009.",
        True,
        [("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Aldous-Penhale, a widow since 1998, has two daughters, five grandchildren and three great-grandchildren.",
        True,
        [("year", 1998, None, None), ("count", 2, None, None), ("count", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", '"Mum is the sharpest person in any room, even now," her daughter Rosalind said.', False, [], None),
    (
        "en",
        "The trust said fewer than 40 veterans of the wartime codebreaking operation are still known to be alive.",
        True,
        [("count", 40, None, "under")],
        "the trust",
    ),
]
