"""Four-hundred-and-twenty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician, commander or office-holder is named: heads of state, mayors, agency chiefs and
governors who would be real people appear only by office ("Ukraine's president", „der
Moskauer Bürgermeister“, „der IAEO-Generaldirektor“, „Der Gouverneur des Gebiets Saratow“,
"The regional governor", "The brigade's commander"), and the spokespeople, governors,
ministers, officers, occupation officials and residents who carry a name are invented,
spelled as the German and the English services transliterate them.

Names: Jurij Ternowyj / Yuriy Ternovyi, Wiktor Grebnew / Viktor Grebnev, Wadym Hluschko /
Vadym Hlushko, Petro Samijlenko / Petro Samiilenko, Mykola Horbatsch / Mykola Horbach,
Sergej Tolmatschow / Sergei Tolmachev, Larysa Bondar, Halyna Rudenko and Oleh Pyrih in
both; further Ana Ciobanu-Rusu, Piotr Wysocki-Lenart, Oberst Markus Reisinger-Thaler, Anouk
Béguelin, Dörte Hallwachs, Gideon Harcourt-Lyle, Wladimir Selesnjow, the military blog
„Frontowaja Swodka“, and in vox pops Olha Melnyk, Nadiia Bondarenko and a drone operator
called Fox; every unnamed official, officer, analyst, blogger, spokesperson and resident.
Real states, bodies, forces, places and things (Luftwaffe, Generalstab,
Verteidigungsministerium, Gebietsverwaltung, Ukrenergo, Einsatzführungskommando, Bundesheer,
Institut für Kriegsstudien, Kartenprojekt DeepState, IAEO, EDA, Bund, SVP, Linke,
Staatsanwaltschaft, Kabinett, APA, Telegram, Ch-101, KAB-500, Iskander-M, IRIS-T SLM;
Kiew, Tscherkassy, Chmelnyzkyj, Moskau, Wnukowo, Domodedowo, Belgorod, Brjansk, Nowa
Poltawka, Stupotschky, Kostjantyniwka, Pokrowsk, Siwersk, Bachmut, Charkiw, Saltiwka,
Warschau, Chisinau, Republik Moldau, Ocnița, Odessa, Ismajil, Donau, Saratow, Dnipro,
Atomkraftwerk Saporischschja, Lwiw, Kursk, Rylsk, Sumy, Schostka, Bern, Berlin, Wien; the
air force, the General Staff, Russia's Defense Ministry, Russia's aviation agency, Ukrenergo,
the Polish military, NATO, the Institute for the Study of War, DeepState, Britain's Ministry
of Defence, the Commons, the IAEA, the Kremlin, Naftogaz, Reuters, the Associated Press,
Kh-101, Iskander-M, IRIS-T SLM, Patriot; Cherkasy, Khmelnytskyi, Vnukovo, Domodedovo, Nova
Poltavka, Stupochky, Kostiantynivka, Pokrovsk, Siversk, Kharkiv, Saltivka, Moldova, Donetsk,
Zaporizhzhia, Crimea, Izmail, Saratov, Lviv, Bryansk, Poltava, Shostka, and the datelines'
cities) stand for the way wire copy names them; every attack, tally, toll, age, loss claim,
village, area, share, distance, tonnage, outage, sum, date and quote here is invented, and
where a real figure came to mind (a real night's drone record, a real loss total, a real
share of occupied land, a real aid total, a real number of IRIS-T systems) it was changed
(the annexation of Crimea in 2014 and the invasion of February 2022 kept).

Its weight: DRONE AND MISSILE ATTACKS, AIR DEFENCE AND FRONTLINE REPORTS IN A WAR, third
round, about half German and half English (the hundred-sixty-second batch weighed drone and
missile attacks first and the three-hundred-and-forty-eighth a second time, the
two-hundred-and-twenty-third frontline reports in German-heavy copy and the
two-hundred-and-seventieth a diplomatic and frontline day; the sixty-eighth, hundred-first,
hundred-thirty-seventh, hundred-seventy-ninth and three-hundred-and-twenty-sixth weighed
war, casualty, ceasefire and envoys' copy around them, and their decisions are kept) - a
fictional but wire-realistic series over three wire weeks of one early autumn, Monday,
September 14, to Friday, October 2, as 42 short stories in story order, most German stories
followed by an English one on the same night or front. German (dpa, APA, APA/AFP, Reuters
German, AFP German, Keystone-SDA with «» quotes; German „“ quotes): a night of 112 drones
and nine missiles on Tscherkassy and Chmelnyzkyj with the air force's tally („Von den 112
Drohnen seien 97 abgeschossen ...“), Moscow's tally of Ukrainian drones with its airports
shut and a Belgorod toll, two villages near Kostjantyniwka claimed „nach eigenen Angaben“
and denied, the General Staff's 164 clashes and an advance of up to a kilometre and a half,
glide bombs on Charkiw with the toll revised, power cuts with the megawatts missing and a
ten-point plan, Polish jets and a drone in Moldova, a Bundesheer colonel's reading of
August's gains, the Danube port of Ismajil, Kyiv's strike on the Saratow refinery, both
sides' loss claims, Swiss aid in francs, two more IRIS-T systems from Germany, a missile on a
block of flats in Dnipro with a rising toll, bloggers' reports of an advance near Siwersk
and Kyiv's withdrawal, the Zaporizhzhia plant cut off for the eleventh time, the record night
of 810 drones with its decoys and its interception rate, Ukrainian drones on the Kursk
region, a drone on a bus in the Sumy region and September's gains and drone total. English
(Reuters with dated datelines, AP, AFP, PA): the same nights and fronts, a frontline report
from Kostiantynivka, Britain's intelligence update and interceptor drones, Moscow's version
of the record night, the president's weekly tally and Naftogaz's gas fields. Speakers as
such copy has them: the air force and its spokesman, the General Staff and its spokesman,
Moscow's defence ministry, governors and heads of military administrations, ministers and
ministry spokeswomen, the IAEA, the Kremlin, an Austrian officer, the ISW, Ukrenergo, and
the forms left unchecked beside them (possessives, adjectives, „nach eigenen Angaben“,
„behauptete“, „hieß es“, „schrieb ... auf Telegram“, roles and pronouns). Figures as such
copy has them: drones, missiles, glide bombs, clashes and assaults launched, downed and
counted („112 Drohnen und neun Raketen“, „Von den neun ... sieben“, "97 of the drones and
seven of the nine", „164 Gefechte, allein 47 davon“, „744 Drohnen und 41 Raketen“), tolls,
the wounded and missing with revisions and ages in years and months, loss claims of each side
(„1.010 Soldaten, sechs Panzer und 41 Artilleriesysteme“, „bis zu 1.230 Soldaten“, „rund
1,12 Millionen Mann“, "more than 900 killed and wounded a day"), villages, kilometres
advanced and square kilometres taken („knapp ein Dutzend Ortschaften“, „um bis zu 1,5
Kilometer vorgerückt“, „um bis zu sechs Kilometer“, „rund 460 Quadratkilometer“), shares
(„etwa ein Zehntel“, „Mehr als zwei Drittel der 810 Drohnen“, „rund drei Viertel“, "roughly
a fifth more", „knapp 82 Prozent“, „knapp 92 Prozent“), distances, storeys and floors,
tonnes, megawatts and cubic metres, alerts, curfews and mourning as durations („mehr als
fünfeinhalb Stunden“, „zwölfstündige Ausgangssperre“, „dreitägige Trauer“, „bis zu zehn
Stunden am Tag“), ordinals of attacks and outages („zum elften Mal“, „der siebte massive
Angriff“, „die dritte in Folge“, "the fifth attack", "the ninth attack"), a ten-point plan,
money in francs, hryvnias, pounds, euros and dollars, years, dates and datelines. Negatives
as such copy has them - 56 rows, none with a figure: each side's rhetoric, vows and labels in
quotes, condemnations, appeals naming no measure, caveats that figures cannot be checked,
non-disclosure and no-comment lines, an evasion, analysts' verdicts and forecasts without a
figure, open questions and vox pops, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

242 rows (124 German, 118 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 20 carry no figure (12 German, 8 English), 259 expected quantities (166
counts, 33 durations - 15 in hours, 8 in days, 8 in years, 2 in months -, 19 ordinals, 15
dates, 9 percentages, all in "%", 7 fractions, 7 amounts of money - 3 CHF, 1 each EUR, GBP,
UAH and USD -, 3 years; none of them in a negative), 37 checked speakers (20 German, 17
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a position are check-worthy with the speaker their own attribution
  gives, and with the speaker unchecked after a role, a pronoun, „hieß es“ or „fügte X
  hinzu“ (hundred-sixty-second, two-hundred-and-twenty-third, three-hundred-and-forty-eighth).
  A quoted or reported evaluation, label, vow, accusation without a checkable claim or piece
  of rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, hundred-sixty-second, two-hundred-and-fourth). Pairs from one speaker:
  Ternowyj's nine and seven cruise missiles and his two thirds of decoys beside „Sie zielen
  auf schlafende Kinder ...“ and „Russland will unseren Himmel leer schießen ...“ (and
  Ternovyi's twins beside "apartment blocks over army bases" and "empty our skies");
  Grebnew's driver beside „feigen Angriff“ and Grebnev's beside "a cowardly attack";
  Hluschko's 1.5 kilometres beside „für jeden Meter Acker“ and Hlushko's beside "every metre
  of farmland"; Samijlenko's 29 wounded beside „nicht in die Knie bomben“ and his appeal, and
  Samiilenko's toll beside his appeal; Bondar's 1.1 million households beside „Was sie
  nachts zerstören ...“ and her silence on repairs; Reisinger-Thaler's tenth beside „kauft
  sich jeden Quadratkilometer“ and the colonel's verdict; Rudenko's silos beside „Krieg gegen
  die Ernährungssicherheit“ and its twin; Béguelin's 11 million francs beside the generic
  «Ein Umspannwerk schützt ...» (hundred-sixty-second: a generic claim); Harcourt-Lyle's
  6,500 drones beside "small change" and "for as long as it takes"; Hallwachs's 300 missiles
  beside the spokeswoman's evasion; Horbatsch's dead beside „Mord an schlafenden Familien“ and
  Horbach's beside "families in their beds"; Tolmatschow's curfew beside „terroristischen
  Angriffen“ and Tolmachev's 14,000 beside "terror against villages"; Pyrih's wounded beside
  „gezielten Terror gegen Pendler“; the president's weekly tally beside "the world shrugs".
- Each side's claims are check-worthy, each with its own figures and hedges, whoever makes
  them and whether or not the other side denies them (sixty-eighth, hundred-first,
  hundred-thirty-seventh, hundred-sixty-second, two-hundred-and-twenty-third,
  three-hundred-and-forty-eighth): the air force's tallies, Moscow's 86, 147 and 63 plus 21
  drones downed, the villages taken „nach eigenen Angaben“ and "nearly a dozen" since the
  start of September, Moscow's account of its strikes on Izmail and on "military-industrial
  sites" („erklärte, es habe ... getroffen“, "Moscow said it had hit ...", "the Kremlin said
  ... that the strikes had hit ..."; hundred-sixty-second), Kyiv's strike on Saratow „nach
  eigenen Angaben“ and "Ukraine said ... for the third time", both sides' loss claims
  („behauptete“ unchecked), the British and the Bundesheer estimates (hundred-tenth,
  two-hundred-and-seventieth: estimates with a figure), the bloggers' advance, readership and
  losses (two-hundred-and-twenty-third, three-hundred-and-forty-eighth), DeepState's 60 per
  cent of Siwersk, the occupation chief's blame for the outage. Denials are check-worthy
  without a figure („Der ukrainische Generalstab wies die Darstellung zurück, ...“, „Moskau
  bestreitet, ...“, "Moscow denies ...", "Kyiv has repeatedly denied ...", "Ukraine's
  military said the strikes had mainly hit homes ..."; ninety-eighth, hundred-sixty-second);
  so are mutual blame for one named outage („Kiew und Moskau machen einander für den
  Stromausfall verantwortlich.“; hundred-sixty-second), Kyiv's admission of a withdrawal
  („räumte ein“, "Kyiv said its units had pulled back ...") and the lead reporting the day's
  loss claims of both sides („Kiew und Moskau haben am Dienstag erneut von schweren Verlusten
  des Gegners berichtet.“; three-hundred-and-forty-eighth). Labels alone are negatives
  („„gerechte Antwort““, „„schönzureden““, „„grobe Missachtung unserer Souveränität““, „„Öl
  ins Feuer““, «Blankoscheck ohne Kontrolle», „„unhaltbar und gefährlich““;
  hundred-sixty-second, three-hundred-and-forty-eighth).
- New: a claim with the caveat joined to it in one row is check-worthy with its figure -
  „Moskau meldete zudem die Einnahme eines dritten Dorfes bei Siwersk, was sich jedoch nicht
  unabhängig überprüfen ließ.“ and "Moscow also claimed the capture of a third village, near
  Siversk, which Reuters could not independently verify." (ordinal 3, speaker None): the
  caveat standing alone is a negative (nineteenth, hundred-sixty-second,
  three-hundred-and-forty-eighth), but here it doubts a claim the row itself reports, as "a
  claim Kyiv denied" leaves the claim check-worthy (hundred-first); the
  hundred-sixty-second's framing lead stays a negative because it reports no claim, only the
  habit of making them.
- Caveats, non-disclosure and no-comment lines are negatives when they stand alone
  (nineteenth, hundred-sixty-second, three-hundred-and-forty-eighth): „Unabhängig überprüfen
  ließen sich die Angaben der Luftwaffe nicht.“, "Reuters had no independent means of
  checking the tally.", "Neither side's account of the fighting could be confirmed by
  Reuters.", "AP was unable to check the commander's account on its own.", „Eigene
  Verlustzahlen veröffentlicht die ukrainische Führung nicht.“, „Die Zahlen beider Seiten
  sind von unabhängiger Stelle nicht überprüfbar.“, "The ministry gave no estimate of
  Ukrainian losses.", "Independent verification of the monthly totals was not possible.",
  "Ukraine's military did not immediately comment on the claims.", "Ukraine's General Staff
  did not say what damage ...", "Naftogaz did not say how long ...", "Bondar declined to say
  ...", "The spokeswoman would not say ...", „ließ die Sprecherin offen“.
- Counts as written, with their hedges (hundred-sixty-second, two-hundred-and-twenty-third,
  three-hundred-and-forty-eighth): „Von den 112 Drohnen seien 97 ...“ and „Von den neun ...
  sieben“ in the order written, "97 of the drones and seven of the nine" (a definite group,
  forty-first), „allein 47 davon“ and "47 of them" („allein“ no hedge), „über neun
  Regionen“, "over nine regions" and "over 11 regions" (no hedge before a count of regions),
  „14 weitere“, „Zehn weitere“, „21 weiteren“, "another 21", "another two", "two more", "12
  more" („weitere“, "more", "another" no hedge), "including 19", „unter ihnen vier Kinder“,
  "including four children", „davon vier in Lwiw“ and "four of them in Lviv", the revision
  „Zunächst war von zwei Toten und elf Verletzten die Rede gewesen.“ and "initially reported
  two dead and 11 injured" ("initially" no hedge), „in allen 24 Regionen“ ("all" no hedge,
  four-hundred-and-twentieth), "two to four soldiers" two counts (a range, forty-first;
  two-hundred-and-twenty-third: "three to five soldiers"), „vier Kampfjets“, „Vier Bomben vom
  Typ KAB-500“ 4 with the designator carrying none (hundred-sixty-second), "Nine people"
  opening its clause. „knapp ein Dutzend Ortschaften“ and "nearly a dozen villages" are 12
  "nearly" (fiftieth and hundred-twelfth: „ein Dutzend“ 12; hundred-sixth: "more than a
  dozen" 12 "over"). „einen Zehn-Punkte-Plan“ 10 (hundred-fifty-second: „einen Zehn-Punkte-Plan“;
  hundred-sixty-second: „einen Zwölf-Punkte-Plan“). Storeys and floors are counts (sixty-eighth,
  three-hundred-and-forty-eighth): „neunstöckiges“ and "nine-storey" 9, „die oberen vier
  Etagen des zehnstöckigen Gebäudes“ and "the top four floors of the 10-storey building" 4
  and 10. Measures are counts (fourth, hundred-sixty-second): „etwa 1.700 Megawatt“ and
  "about 1,700 megawatts", „etwa 3.100 Tonnen“ and "Some 3,100 tonnes" "about"
  (two-hundred-and-twenty-third: "some 10 km"), „rund 7 Millionen Tonnen Rohöl“ and "about 7
  million tons of crude oil annually" 7,000,000 "about" („jährlich“, "annually" none), "about
  4.5 billion cubic metres" 4,500,000,000 "about", „Die letzte noch funktionierende
  750-Kilovolt-Leitung“ and "last working 750-kilovolt line" 750 (hundred-sixty-second),
  „mehr als 450.000 Menschen“ and "more than 450,000 people" "over". Type designators carry
  none („Ch-101“, "Kh-101", „KAB-500“, „Iskander-M“, „IRIS-T SLM“, "Patriot";
  hundred-sixty-second), nor do „mehrere“, "several hours", "for a time", „zeitweise“, „ein
  Tanklager“, "a truck driver", „eine davon“ and "One of the bombs" (forty-first: "one of" a
  pronoun).
- Loss claims and estimates (hundred-sixty-second, three-hundred-and-forty-eighth): „1.010
  Soldaten, sechs Panzer und 41 Artilleriesysteme“, „bis zu 1.230 Soldaten“ "up_to", „rund
  1,12 Millionen Mann“ 1,120,000 "about" with the year 2022, "about 1.05 million" "about"
  with 2022, „durchschnittlich gut 900 ... pro Tag“ 900 "over" („durchschnittlich“ no hedge,
  „pro Tag“ none), "an average of more than 900 killed and wounded a day" 900 "over" ("an
  average of" no hedge), "on average less than 15 square kilometres a day" 15 "under", „etwa
  710.000 russische Soldaten“ "about", "fewer than 5,000 remain" "under" and "roughly 67,000
  prewar residents" "about", "at least 60 killed and wounded" and „mindestens 60 Tote und
  Verwundete“ "at_least" („In einem einzigen Bataillon“, "a single battalion" none).
- Territory and distances are counts (hundred-first, hundred-sixty-second,
  two-hundred-and-twenty-third): kilometres advanced („um bis zu 1,5 Kilometer vorgerückt“
  1.5 "up_to" - a decimal comma -, "up to 1.5 km (1 mile)" 1.5 "up_to" and 1 with no hedge,
  „um bis zu sechs Kilometer vorgerückt“ and "up to 6 km (4 miles)" 6 "up_to" and 4;
  hundred-first: „um bis zu vier Kilometer vorgerückt“ and "up to 4 km"), "about 15 km (9
  miles)" and "up to 20 kilometers (12 miles)" with the hedge on the first figure only
  (ninety-first), „an zwei Stellen“ and "at two points" 2, „gut 1.200 Kilometer langen Front“
  1,200 "over" (two-hundred-and-twenty-third: „von gut 1.200 Kilometern“), square kilometres
  („rund 460 Quadratkilometer“ and "about 460 square kilometres (178 square miles)" 460
  "about" and 178, „um knapp 15 Quadratkilometer pro Tag“ and "nearly 15 sq km a day" 15
  "nearly" - „Im Schnitt“, "On average" no hedge -, „rund 430 Quadratkilometer“ and "about
  430 sq km" "about").
- Shares (the issue: "ein Fünftel", "drei Viertel"; hundred-sixty-second,
  three-hundred-and-forty-eighth): „um etwa ein Zehntel“ and "roughly a tenth less" 0.1
  "about", "roughly a fifth more than the week before" 0.2 "about" (the comparison after the
  share no hedge, hundred-thirty-seventh), „rund drei Viertel der Region Saporischschja“ and
  "about three-quarters of Zaporizhzhia" 0.75 "about"; percentages „knapp 82 Prozent der
  Region Donezk“ and "nearly 82% of Donetsk province" "nearly", "about 21% of Ukraine" with
  2014 "about", „etwa 60 Prozent des Stadtgebiets“ and "about 60% of Siversk's urban area"
  "about", "About 60% of the drones" "about", "up to 40% of Ukraine's domestic gas output"
  "up_to"; „Die Abschussquote lag ... bei knapp 92 Prozent“ and "an interception rate of
  nearly 92%" 92 "nearly" (hundred-eighth: a quota is a percentage). New: „Mehr als zwei
  Drittel der 810 Drohnen“ and "More than two-thirds of the 810 drones" are 0.6667 "over" and
  810 with no hedge - the hedge bounds the share it stands before, not the whole named after
  it, as the hedge before the first of two figures binds that figure only (ninety-first), and
  the whole is a definite group counted as written (forty-first).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal", "die drittgrößte Stadt";
  hundred-sixty-second, three-hundred-and-forty-eighth): „eines dritten Dorfes“ and "a third
  village" 3, „zum dritten Mal“ 3 with „der zweitgrößten ukrainischen Stadt“ 2 and "Ukraine's
  second-largest city" 2 with "hit three times in a week" count 3 (the issue's „viermal“;
  "in a week" and „Binnen einer Woche“ none, an article), „der siebte massive Angriff“ and
  "the seventh massive attack" 7, „der vierte derartige Vorfall“ and "the fourth such
  incident" 4 („seit Jahresbeginn“, "this year" none), „der fünfte Angriff“ and "the fifth
  attack" 5, „der dritte Schlag ... seit Juni“ and "for the third time since June" 3, „zum
  elften Mal seit Beginn des Krieges“ and "For the 11th time in the war" 11, „die dritte in
  Folge“ 3 (the elliptic ordinal, two-hundred-and-eighty-first: „die dritte Nacht in Folge“;
  „in Folge“ none), "the ninth attack" 9, „zum zweiten Mal“ and "the second attack" 2. None:
  „so viele wie in keinem Monat zuvor“, "the biggest air assault of the war so far", "a
  record", „Einen Rekordangriff“ (hundred-fifty-second: a superlative without a number word).
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise"; hundred-sixty-second,
  three-hundred-and-forty-eighth): „mehr als fünfeinhalb Stunden“ and "more than five and a
  half hours" 5.5 "over" (two-hundred-and-twenty-third: „mehr als siebeneinhalb Stunden“),
  „knapp drei Stunden“ and "nearly three hours" "nearly", „nach rund vier Stunden“ 4 "about",
  „eine zwölfstündige nächtliche Ausgangssperre“ and "a 12-hour overnight curfew" 12 hours,
  „eine dreitägige Trauer“ and "Three days of mourning" 3 days, „Binnen 24 Stunden“, "over
  the past 24 hours" and "in 24 hours" 24 hours („binnen“, "over" before a span no hedge),
  „bis zu zehn Stunden am Tag“ and "up to 10 hours a day" "up_to" („am Tag“, "a day" none),
  „binnen zwei Tagen“ and "in two days" 2 days, „Binnen zehn Tagen“ and "in 10 days" 10 days,
  „für mindestens zehn Tage“ and "at least 10 days" "at_least". Ages are durations (every
  batch): „ein sechsjähriges Mädchen“ and "a six-year-old girl", „ein 58-jähriger
  Autofahrer“ and "a 58-year-old man", „seine 31-jährige Mutter“ and "his 31-year-old
  mother", „ein 13-jähriger Junge“ and "a 13-year-old boy" in years, „ein drei Monate alter
  Säugling“ and "a three-month-old baby" 3 months (hundred-sixty-second). None: nights and
  weekdays („in der Nacht zum Montag“, „in der Nacht zum Freitag“, "overnight", "early
  Friday", „am Samstagabend“, "late Saturday"), clock times („gegen 7.40 Uhr“, "shortly
  before 8 a.m."; three-hundredth), „am Vortag“, „Seit Anfang September“, "since the start of
  September", „Seit Anfang August“, "since the start of August", „seit Juni“, "since June",
  „seit Jahresbeginn“, „Seit Kriegsbeginn“, "since the war began", „in diesem Monat“, "this
  month", "this year", "this year's", „im August“, „im Juli“, „im September“, "in August",
  "in September", "during the month", "the week before", "over the past week", "since the
  start of the summer", „bis Ende November“, "by the end of the year", "before the winter",
  "before the spring", „im Oktober“, "every morning", „täglich“, "daily", „pro Nacht“, "a
  night".
- Money in the currency written (every batch): CHF in Swiss copy („weitere 18 Millionen
  Franken“ - "weitere" no hedge -, „11 Millionen Franken“, „rund 4,6 Milliarden Franken“
  "about"), UAH („zusätzlich 3,2 Milliarden Hrywnja“; „zusätzlich“ no hedge,
  hundred-sixty-second), GBP ("£240 million"), EUR ("about 140 million euros" "about"), USD
  ("about $1.3 billion" "about").
- Years and dates: „Seit Februar 2022“ and "since February 2022" the year, "which it annexed
  in 2014" 2014 (hundred-fifty-ninth); Reuters English datelines with a day ("KYIV, Sept 14
  (Reuters)", "KYIV, Sept 15", "KYIV, Sept 17", "WASHINGTON, Sept 19", "ODESA, Sept 20",
  "KYIV, Sept 21", "BERLIN, Sept 24", "DNIPRO, Sept 25", "MOSCOW/KYIV, Sept 26", "KYIV, Sept
  28", "MOSCOW, Sept 28", "KYIV, Sept 30", "KYIV, Oct 1", "LONDON, Oct 2") dates without a
  year (hundred-sixty-second, three-hundred-and-forty-eighth); dpa (also "Kiew/Moskau (dpa)",
  "Wien/Kiew (dpa)"), APA, APA/AFP, Reuters German ("Moskau (Reuters)", "Warschau/Chisinau
  (Reuters)", "Moskau/Kiew (Reuters)"), AFP German ("Kiew/Saratow (AFP)"), Keystone-SDA, AP
  ("MOSCOW (AP) —", "KOSTIANTYNIVKA, Ukraine (AP) —", "WARSAW, Poland (AP) —", "VIENNA (AP)
  —", "SUMY, Ukraine (AP) —"), AFP English ("KHARKIV, Ukraine (AFP)", "MOSCOW (AFP)") and PA
  ("LONDON (PA)") datelines none (seventy-ninth). New: „in der Nacht zum 20. September“ gives
  the date --09-20 - the night named by its calendar day carries that day, as „bereits am 21.
  Juli“ (three-hundred-and-forty-eighth) and „Bereits am 14. November“
  (hundred-sixty-second) do, while „in der Nacht zum Montag“ names a weekday and carries none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "Some", "some" "about"; „knapp“, "nearly" "nearly"; „mehr als“, „Mehr als“, „gut“, "more
  than", "More than" "over"; "fewer than", "less than" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least". No hedge: „allein“, „Allein“, „bereits“, „schon“,
  „derzeit“, „insgesamt“, „weitere“, „weiteren“, „zusätzlich“, „zudem“, „darunter“, „unter
  ihnen“, „davon“, „durchschnittlich“, „Im Schnitt“, „binnen“, „Binnen“, „allen“, "all",
  "another", "more", "a further", "including", "among them", "initially", "an average of",
  "On average", "on average", "now", „über“ and "over" before a count of regions or a span.
- Check-worthy without a figure (hundred-sixty-second, two-hundred-and-twenty-third,
  three-hundred-and-forty-eighth): the names of the two villages („hieß es in Moskau“), the
  General Staff's denial, the drone in Moldova, Moscow's account of Izmail in both languages
  and Kyiv's denial, Kyiv's strike on Saratow „nach eigenen Angaben“, the loss lead, the war
  crimes proceedings, Moscow's denial in both languages, Kyiv's withdrawal in both languages,
  the occupation chief's blame and the mutual blame for the outage, the Kremlin's account and
  the ministry's "All designated targets were hit", Kyiv's counter-account, the bus struck at
  a stop (the clock time none) and the ISW's three sectors.
- Speakers, checked only in forms the earlier batches settled (and the New forms below).
  German: „teilte die Luftwaffe mit“ -> "die Luftwaffe" (hundred-first, hundred-sixty-second),
  „sagte Luftwaffensprecher Jurij Ternowyj im ukrainischen Fernsehen“ and „sagte
  Luftwaffensprecher Jurij Ternowyj“ -> "Jurij Ternowyj" (the title and the programme dropped;
  four-hundred-and-twentieth), „nach Angaben des Verteidigungsministeriums“ -> "das
  Verteidigungsministerium" (hundred-thirty-seventh), „Nach Angaben von Gouverneur Wiktor
  Grebnew“ heading the row -> "Wiktor Grebnew" (hundred-thirty-seventh,
  hundred-sixty-second), „teilte der Generalstab in Kiew mit“ -> "der Generalstab" (the place
  dropped, hundred-first), „sagte Hluschko“ the surname as written, „sagte Gouverneur Petro
  Samijlenko“, „sagte Energieministerin Larysa Bondar“, „sagte Ministeriumssprecherin Ana
  Ciobanu-Rusu“, „sagte Gouverneurin Halyna Rudenko“, „sagte Gouverneur Mykola Horbatsch“ the
  name with the title dropped (hundred-sixty-second), „sagte Oberst Markus Reisinger-Thaler
  der APA“ (the rank and the addressee dropped, two-hundred-and-seventieth), „sagte
  EDA-Sprecherin Anouk Béguelin“ (hundred-forty-third: „EDA-Sprecherin Nadine Imboden“),
  „sagte Ministeriumssprecherin Dörte Hallwachs in Berlin“ (the place dropped), „teilte die
  IAEO in Wien mit“ -> "die IAEO" (hundred-sixty-second), „Tolmatschow sagte, ...“ opening
  the row -> "Tolmatschow" (two-hundred-and-seventieth: „Gouverneur Alexej Miroschnik sagte“),
  „sagte der Leiter der Militärverwaltung von Sumy, Oleh Pyrih“ the name in apposition after
  the role (hundred-sixty-second, three-hundred-and-forty-eighth), „Dem Institut für
  Kriegsstudien zufolge“ -> "das Institut für Kriegsstudien" (two-hundred-and-twenty-third).
  English: "air force spokesman Yuriy Ternovyi said", "General Staff spokesman Vadym Hlushko
  told Reuters", "Governor Petro Samiilenko said", "Energy Minister Larysa Bondar told a news
  conference", "operational command spokesman Piotr Wysocki-Lenart told reporters", "Governor
  Halyna Rudenko said", "Armed Forces Minister Gideon Harcourt-Lyle told the Commons" and
  "Governor Mykola Horbach said on Friday" the name with the title, the addressee and the
  weekday dropped (hundred-sixty-second, four-hundred-and-twentieth: "told senators"),
  "Governor Viktor Grebnev said on Telegram" and "acting Governor Sergei Tolmachev said on
  Telegram" the name, the platform dropped (eighty-fourth, hundred-first), "said Oleh Pyrih,
  head of the Sumy military administration" the name without the apposition after it
  (hundred-sixty-second: "said Roman Sirenko, a spokesman for ..."), "Ukrenergo said" ->
  "Ukrenergo" (hundred-sixty-second), "the institute said" -> "the institute"
  (two-hundred-and-twenty-third), "the IAEA said Sunday" -> "the IAEA" and "the air force said
  on Monday" -> "the air force" (hundred-sixty-second), "The Kremlin said on Monday that ..."
  -> "the Kremlin" (hundred-seventy-ninth). Each row's spelling of a transliterated name is
  its speaker (ninety-third, three-hundred-and-forty-eighth).
- New: „Laut Luftwaffe wurden 744 Drohnen und 41 Raketen abgeschossen ...“ -> "Luftwaffe" -
  a body after „laut“ without an article is taken as written, as „Laut Schwendtner“ gives the
  person as written (three-hundred-and-eighty-eighth, four-hundred-and-twentieth) and "NSW
  Police said" the body as written (three-hundredth); no article stands in the row to put in
  the nominative, as „nach Angaben der Luftwaffe“ -> "die Luftwaffe" and „Dem ÖSV zufolge“ ->
  "der ÖSV" (fourteenth) do.
- New: "The General Staff said in its morning update that 164 clashes had taken place ..."
  -> "the General Staff" - the occasion is dropped as "in a statement" (tenth) and "in its
  annual report" (hundred-thirty-seventh) are, the body taken up with its article in lower
  case as "the General Staff said" (thirty-first, eighty-fourth) and "The air force said ..."
  opening the row (hundred-sixty-second).
- Left unchecked (None): all negatives, also those with a named speaker; roles and pronouns
  („fügte Samijlenko hinzu“ and „fügte Hallwachs hinzu“ - the hundred-sixty-second and
  three-hundred-and-forty-eighth left „fügte Kyryljuk hinzu“ unchecked, and this batch keeps
  their reading -, „nach seinen Angaben“, „Nach ihren Angaben“, „so die Ministerin“, „so die
  Sprecherin“, „so der Verwaltungschef“, „schrieb er auf Telegram“, "the governor said", "The
  regional governor said", "the operator said", "she said", "he said", "He said", "it said",
  "It also said", "a defense ministry spokeswoman said", "a ministry spokeswoman said", "an
  air force spokesman said", "The brigade's commander said"), „hieß es“ („hieß es weiter“,
  „hieß es in Moskau“, „hieß es in Kiew“, „hieß es bei Ukrenergo“), „schrieb Gouverneur
  Sergej Tolmatschow auf Telegram“ and „schrieb der Moskauer Bürgermeister auf Telegram“
  (hundred-forty-second, hundred-sixty-second), „schrieb der Blog“, verbs that are not of
  saying („behauptete“, „meldete“, „hatte ... gemeldet“, „erklärte“, „bestätigte“, „räumte
  ein“, „beziffert“, „schätzt das Bundesheer“, „sprach von“, "claimed", "estimate",
  "calculated", "wrote"), sources with an adjective or a description („teilte der ukrainische
  Generalstab mit“, „nach Angaben des moldauischen Verteidigungsministeriums“, „teilte die
  regionale Staatsanwaltschaft mit“, „teilte der Netzbetreiber Ukrenergo mit“, „nach Angaben
  kremlnaher Militärblogger“, "the Polish military said", "state energy company Naftogaz
  said", "the U.N. nuclear watchdog said", "pro-Kremlin military bloggers said";
  hundred-sixty-second), possessives („Ukraine's air force“ as "according to Ukraine's air
  force" and "Ukraine's air force said", "Russia's Defense Ministry said", "Russia's defence
  ministry said", "According to Russia's defence ministry", "Russia's aviation agency said",
  "Britain's Ministry of Defence said", "Germany's defence ministry said", "Ukraine's
  president said", "Ukraine's military said"), plural, anonymous and collective sources
  („nach eigenen Angaben“, „nach ukrainischen Angaben“, „nach russischen Angaben“, „nach
  Behördenangaben“, „nach Angaben der Behörden“, "local authorities said", "regional
  authorities said", "city officials said", "officials said", "soldiers say"; forty-first,
  hundred-sixty-second), countries and capitals ("Moscow said", "Kyiv said", „Moskau
  meldete“; hundred-sixty-second), data, estimates and calculations („nach Einschätzung des
  Bundesheers“, „nach Berechnungen der APA“, „Nach Daten des Kartenprojekts DeepState“,
  „Westliche Militärexperten gehen ... aus“, "Reuters calculated", "the data showed",
  "according to industry data", "Industry data put", "according to industry estimates",
  "according to government estimates", "according to the Ukrainian mapping project
  DeepState", "Industry analysts estimate", "the Institute for the Study of War wrote"),
  „teilte das Einsatzführungskommando mit“ (the hundred-sixty-second left it unchecked with
  its adjective, and no batch settled it bare), and - to keep the checked speakers near 35,
  as the three-hundred-and-twenty-fourth and four-hundred-and-twentieth batches did - „nach
  Angaben der Gebietsverwaltung“, "the regional administration said" and "according to the
  city administration".
- Negatives (hundred-sixty-second, two-hundred-and-twenty-third,
  three-hundred-and-forty-eighth), none with a figure: rhetoric, vows and accusations without
  a checkable claim in quotes from every side (the pairs above, „Siwersk frisst unsere Leute
  ...“); labels and condemnations („sprach von einem „feigen Angriff ...““ and its twin,
  „verurteilte den Vorfall als ...“, „sprach von einem „Krieg gegen die
  Ernährungssicherheit ...““ and its twin, „bezeichnet solche Angriffe als „gerechte
  Antwort““, „kritisierte das Paket als «Blankoscheck ohne Kontrolle»“, „nannte die
  Lieferungen „Öl ins Feuer““, „nannte die Lage „unhaltbar und gefährlich““, „warfen ... vor,
  die Lage ... „schönzureden““, „sprach von „terroristischen Angriffen ...““ and "described
  the strikes as "terror ..."", „nannte den Angriff „gezielten Terror gegen Pendler““);
  NATO's boilerplate ("monitoring the situation closely"; hundred-sixty-second); appeals
  naming no measure („rief die Bewohner auf, ...“, "urged residents to ...", "again pressed
  allies for more air defence systems"; hundred-sixty-second, two-hundred-and-fourth); the
  caveats and no-comment lines above; an evasion („ließ die Sprecherin offen“); verdicts and
  forecasts without a figure („hält der Oberst für wenig wahrscheinlich“, "see little chance
  of a breakthrough", „Beobachter rechnen damit, ...“, "Analysts expect ..."); open questions
  („Warum die Drohne vom Kurs abkam, konnte die Behörde zunächst nicht sagen.“, „Ob der
  Drohnenpilot den Bus als solchen erkennen konnte, ist offen.“; hundred-twenty-fourth); and
  vox pops without figures (Olha Melnyk, the drone operator Fox, Nadiia Bondarenko - "every
  morning" none; hundred-sixty-second, three-hundred-and-forty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""


# ruff: noqa: E501
BLIND_SET_422 = [
    # --- Nächtlicher Angriff auf Tscherkassy und Chmelnyzkyj (dpa), Montag, 14. September ---
    (
        "de",
        "Kiew (dpa) - Russlands Streitkräfte haben in der Nacht zum Montag 112 Drohnen und neun Raketen gestartet, vor allem auf die Gebiete Tscherkassy und Chmelnyzkyj.",
        True,
        [("count", 112, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Von den 112 Drohnen seien 97 abgeschossen oder durch elektronische Störsender zum Absturz gebracht worden, teilte die Luftwaffe mit.",
        True,
        [("count", 112, None, None), ("count", 97, None, None)],
        "die Luftwaffe",
    ),
    (
        "de",
        "Von den neun Marschflugkörpern vom Typ Ch-101 habe die Flugabwehr sieben abgefangen, sagte Luftwaffensprecher Jurij Ternowyj im ukrainischen Fernsehen.",
        True,
        [("count", 9, None, None), ("count", 7, None, None)],
        "Jurij Ternowyj",
    ),
    (
        "de",
        "In Tscherkassy wurden nach Behördenangaben mindestens drei Menschen getötet und 14 weitere verletzt, darunter ein sechsjähriges Mädchen.",
        True,
        [("count", 3, None, "at_least"), ("count", 14, None, None), ("duration", 6, "year", None)],
        None,
    ),
    ("de", "„Sie zielen auf schlafende Kinder, nicht auf Fabriken“, sagte Ternowyj.", False, [], None),
    (
        "de",
        "Der Luftalarm in Tscherkassy dauerte mehr als fünfeinhalb Stunden.",
        True,
        [("duration", 5.5, "hour", "over")],
        None,
    ),
    ("de", "Unabhängig überprüfen ließen sich die Angaben der Luftwaffe nicht.", False, [], None),
    (
        "de",
        "In Chmelnyzkyj beschädigten Trümmer einer Drohne ein neunstöckiges Wohnhaus und eine Schule, Verletzte gab es dort nach Angaben der Gebietsverwaltung nicht.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    # --- Night attack on central and western Ukraine (Reuters), Sept 14 ---
    (
        "en",
        "KYIV, Sept 14 (Reuters) - Russia attacked Ukraine overnight with 112 drones and nine missiles, most of them aimed at the Cherkasy and Khmelnytskyi regions, according to Ukraine's air force.",
        True,
        [("date", "--09-14", None, None), ("count", 112, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Air defences shot down or jammed 97 of the drones and seven of the nine Kh-101 cruise missiles, air force spokesman Yuriy Ternovyi said.",
        True,
        [("count", 97, None, None), ("count", 7, None, None), ("count", 9, None, None)],
        "Yuriy Ternovyi",
    ),
    (
        "en",
        "At least three people were killed and 14 wounded in Cherkasy, among them a six-year-old girl, the regional administration said.",
        True,
        [("count", 3, None, "at_least"), ("count", 14, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Debris damaged a nine-storey apartment building and a school in Khmelnytskyi, but no one was hurt there, local authorities said.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The air raid alert in Cherkasy lasted more than five and a half hours.",
        True,
        [("duration", 5.5, "hour", "over")],
        None,
    ),
    ("en", "Reuters had no independent means of checking the tally.", False, [], None),
    (
        "en",
        '"Every night they choose apartment blocks over army bases," Ternovyi said.',
        False,
        [],
        None,
    ),
    # --- Moskaus Version der Nacht (Reuters), Montag, 14. September ---
    (
        "de",
        "Moskau (Reuters) - Binnen 24 Stunden hat die russische Flugabwehr nach Angaben des Verteidigungsministeriums 86 ukrainische Drohnen über neun Regionen zerstört.",
        True,
        [("duration", 24, "hour", None), ("count", 86, None, None), ("count", 9, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Allein über dem Gebiet Moskau seien 19 Drohnen zerstört worden, schrieb der Moskauer Bürgermeister auf Telegram.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "An den Moskauer Flughäfen Wnukowo und Domodedowo ruhte der Verkehr zeitweise, mehr als 70 Flüge mussten umgeleitet oder gestrichen werden.",
        True,
        [("count", 70, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben von Gouverneur Wiktor Grebnew starb im Gebiet Belgorod ein 58-jähriger Autofahrer, dessen Wagen von einer Drohne getroffen wurde.",
        True,
        [("duration", 58, "year", None)],
        "Wiktor Grebnew",
    ),
    ("de", "Grebnew sprach von einem „feigen Angriff auf friedliche Bürger“.", False, [], None),
    (
        "de",
        "Der Generalstab in Kiew hatte am Vortag Angriffe auf zwei Munitionslager im Gebiet Brjansk gemeldet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Moscow's tally (AP), Sept 14 ---
    (
        "en",
        "MOSCOW (AP) — Russia's Defense Ministry said its air defenses had downed 86 Ukrainian drones over nine regions in 24 hours, including 19 over the Moscow region.",
        True,
        [("count", 86, None, None), ("count", 9, None, None), ("duration", 24, "hour", None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Two Moscow airports, Vnukovo and Domodedovo, suspended operations for a time, and more than 70 flights had to be diverted or canceled, Russia's aviation agency said.",
        True,
        [("count", 2, None, None), ("count", 70, None, "over")],
        None,
    ),
    (
        "en",
        "In the Belgorod region, a 58-year-old man was killed when a drone hit his car, Governor Viktor Grebnev said on Telegram.",
        True,
        [("duration", 58, "year", None)],
        "Viktor Grebnev",
    ),
    ("en", 'Grebnev called the strike "a cowardly attack on peaceful citizens."', False, [], None),
    ("en", "Ukraine's military did not immediately comment on the claims.", False, [], None),
    # --- Zwei Dörfer bei Kostjantyniwka (APA/AFP), Dienstag, 15. September ---
    (
        "de",
        "Kiew/Moskau (APA/AFP) - Die russische Armee hat nach eigenen Angaben im Gebiet Donezk zwei weitere Dörfer unter ihre Kontrolle gebracht.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es handle sich um Nowa Poltawka und Stupotschky nahe der Stadt Kostjantyniwka im Gebiet Donezk, hieß es in Moskau.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Anfang September hätten die russischen Truppen damit knapp ein Dutzend Ortschaften erobert, hieß es weiter.",
        True,
        [("count", 12, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der ukrainische Generalstab wies die Darstellung zurück, die Kämpfe um beide Dörfer dauerten an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Binnen 24 Stunden habe es an der Front 164 Gefechte gegeben, allein 47 davon im Abschnitt Pokrowsk, teilte der Generalstab in Kiew mit.",
        True,
        [("duration", 24, "hour", None), ("count", 164, None, None), ("count", 47, None, None)],
        "der Generalstab",
    ),
    (
        "de",
        "Moskau meldete zudem die Einnahme eines dritten Dorfes bei Siwersk, was sich jedoch nicht unabhängig überprüfen ließ.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die russischen Einheiten seien bei Kostjantyniwka an zwei Stellen um bis zu 1,5 Kilometer vorgerückt, aber wieder zurückgedrängt worden, sagte Hluschko.",
        True,
        [("count", 2, None, None), ("count", 1.5, None, "up_to")],
        "Hluschko",
    ),
    (
        "de",
        "„Der Gegner verheizt seine Leute für jeden Meter Acker“, sagte Generalstabssprecher Wadym Hluschko.",
        False,
        [],
        None,
    ),
    # --- Villages near Kostiantynivka (Reuters), Sept 15 ---
    (
        "en",
        "KYIV, Sept 15 (Reuters) - Russian troops have taken two more villages in the Donetsk region, Moscow said on Tuesday, a claim Kyiv's General Staff denied.",
        True,
        [("date", "--09-15", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The villages, Nova Poltavka and Stupochky, lie about 15 km (9 miles) north of Kostiantynivka, Russia's defence ministry said.",
        True,
        [("count", 15, None, "about"), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The General Staff said in its morning update that 164 clashes had taken place over the past 24 hours, 47 of them in the Pokrovsk sector.",
        True,
        [("count", 164, None, None), ("duration", 24, "hour", None), ("count", 47, None, None)],
        "the General Staff",
    ),
    (
        "en",
        "Russian units advanced up to 1.5 km (1 mile) at two points near Kostiantynivka before being pushed back, General Staff spokesman Vadym Hlushko told Reuters.",
        True,
        [("count", 1.5, None, "up_to"), ("count", 1, None, None), ("count", 2, None, None)],
        "Vadym Hlushko",
    ),
    (
        "en",
        "Moscow has claimed nearly a dozen villages since the start of September.",
        True,
        [("count", 12, None, "nearly")],
        None,
    ),
    (
        "en",
        "Moscow also claimed the capture of a third village, near Siversk, which Reuters could not independently verify.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Neither side's account of the fighting could be confirmed by Reuters.", False, [], None),
    (
        "en",
        '"The enemy burns through its men for every metre of farmland," Hlushko said.',
        False,
        [],
        None,
    ),
    # --- Gleitbomben auf Charkiw (dpa), Mittwoch, 16. September ---
    (
        "de",
        "Charkiw (dpa) - Russische Gleitbomben haben in Charkiw nach Behördenangaben mindestens fünf Menschen getötet.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Zunächst war von zwei Toten und elf Verletzten die Rede gewesen.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Inzwischen sei die Zahl der Verletzten auf 29 gestiegen, unter ihnen vier Kinder, sagte Gouverneur Petro Samijlenko.",
        True,
        [("count", 29, None, None), ("count", 4, None, None)],
        "Petro Samijlenko",
    ),
    (
        "de",
        "Vier Bomben vom Typ KAB-500 trafen nach seinen Angaben den Stadtteil Saltiwka, eine davon ein Einkaufszentrum.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Binnen einer Woche hätten russische Bomben damit zum dritten Mal Wohngebiete der zweitgrößten ukrainischen Stadt getroffen, fügte Samijlenko hinzu.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "„Diese Stadt lässt sich nicht in die Knie bomben“, sagte Samijlenko.", False, [], None),
    (
        "de",
        "Der Gouverneur rief die Bewohner auf, bei Luftalarm sofort die Schutzräume aufzusuchen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die russische Armee setzt nach ukrainischen Angaben täglich bis zu 45 Gleitbomben entlang der Front ein.",
        True,
        [("count", 45, None, "up_to")],
        None,
    ),
    # --- Glide bombs on Kharkiv (AFP), Sept 16 ---
    (
        "en",
        "KHARKIV, Ukraine (AFP) - At least five people were killed and 29 wounded, including four children, when Russian glide bombs struck Kharkiv on Wednesday, Governor Petro Samiilenko said.",
        True,
        [("count", 5, None, "at_least"), ("count", 29, None, None), ("count", 4, None, None)],
        "Petro Samiilenko",
    ),
    (
        "en",
        "Officials had initially reported two dead and 11 injured.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Residential areas of Ukraine's second-largest city have now been hit three times in a week.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "One of the bombs hit a shopping centre with some 150 people inside, the governor said.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        '"I heard the whistle and then the windows came in," said Olha Melnyk, standing in front of her damaged block in Saltivka.',
        False,
        [],
        None,
    ),
    ("en", "Samiilenko urged residents to head for shelters whenever the sirens sound.", False, [], None),
    # --- On the road to Kostiantynivka (AP), Sept 16 ---
    (
        "en",
        "KOSTIANTYNIVKA, Ukraine (AP) — Russian drones now hunt vehicles up to 20 kilometers (12 miles) behind the front line around Kostiantynivka, soldiers say.",
        True,
        [("count", 20, None, "up_to"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Of the town's roughly 67,000 prewar residents, fewer than 5,000 remain, according to the city administration.",
        True,
        [("count", 67000, None, "about"), ("count", 5000, None, "under")],
        None,
    ),
    (
        "en",
        "The brigade's commander said his unit faces up to 40 assaults a day, most of them by small groups of two to four soldiers on motorcycles.",
        True,
        [("count", 40, None, "up_to"), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Out here you don\'t drive, you sprint from tree line to tree line," said a drone operator who gave only his call sign, Fox.',
        False,
        [],
        None,
    ),
    ("en", "AP was unable to check the commander's account on its own.", False, [], None),
    # --- Abschaltungen im Stromnetz (dpa), Donnerstag, 17. September ---
    (
        "de",
        "Kiew (dpa) - Nach erneuten russischen Angriffen auf das Stromnetz hat der Netzbetreiber Ukrenergo in elf Regionen planmäßige Abschaltungen angeordnet.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Rund 1,1 Millionen Haushalte seien am Morgen ohne Strom gewesen, sagte Energieministerin Larysa Bondar.",
        True,
        [("count", 1100000, None, "about")],
        "Larysa Bondar",
    ),
    (
        "de",
        "Dem Netz fehlten derzeit etwa 1.700 Megawatt, teilte der Netzbetreiber Ukrenergo mit.",
        True,
        [("count", 1700, None, "about")],
        None,
    ),
    (
        "de",
        "In Kiew dauern die Abschaltungen bis zu zehn Stunden am Tag.",
        True,
        [("duration", 10, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Für Reparaturen stelle die Regierung zusätzlich 3,2 Milliarden Hrywnja bereit, so die Ministerin.",
        True,
        [("money", 3200000000, "UAH", None)],
        None,
    ),
    (
        "de",
        "Das Kabinett beschloss zudem einen Zehn-Punkte-Plan zum Schutz der Umspannwerke, der bis Ende November umgesetzt sein soll.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "„Was sie nachts zerstören, flicken wir tagsüber wieder zusammen“, sagte Bondar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Anfang August sei es der siebte massive Angriff auf die Energieinfrastruktur gewesen, hieß es bei Ukrenergo.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    # --- Power cuts (Reuters), Sept 17 ---
    (
        "en",
        "KYIV, Sept 17 (Reuters) - Ukraine imposed scheduled power cuts in 11 regions on Thursday after Russian strikes on the grid, Ukrenergo said.",
        True,
        [("date", "--09-17", None, None), ("count", 11, None, None)],
        "Ukrenergo",
    ),
    (
        "en",
        "About 1.1 million households were without electricity in the morning, Energy Minister Larysa Bondar told a news conference.",
        True,
        [("count", 1100000, None, "about")],
        "Larysa Bondar",
    ),
    (
        "en",
        "The grid is short of about 1,700 megawatts, the operator said.",
        True,
        [("count", 1700, None, "about")],
        None,
    ),
    (
        "en",
        "Residents of the capital face outages of up to 10 hours a day.",
        True,
        [("duration", 10, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "It was the seventh massive attack on energy facilities since the start of August.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    ("en", "Bondar declined to say how long the repairs would take.", False, [], None),
    # --- Polen und Moldau (Reuters), Freitag, 18. September ---
    (
        "de",
        "Warschau/Chisinau (Reuters) - Wegen russischer Drohnenangriffe im Westen der Ukraine hat Polen in der Nacht zum Freitag vier Kampfjets aufsteigen lassen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Einsatz habe knapp drei Stunden gedauert, eine Verletzung des polnischen Luftraums sei nicht festgestellt worden, teilte das Einsatzführungskommando mit.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "In der Republik Moldau stürzte nach Angaben des moldauischen Verteidigungsministeriums eine Drohne auf ein Feld nahe der Grenzstadt Ocnița.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es sei bereits der vierte derartige Vorfall seit Jahresbeginn, sagte Ministeriumssprecherin Ana Ciobanu-Rusu.",
        True,
        [("ordinal", 4, None, None)],
        "Ana Ciobanu-Rusu",
    ),
    ("de", "Warum die Drohne vom Kurs abkam, konnte die Behörde zunächst nicht sagen.", False, [], None),
    (
        "de",
        "Die Regierung in Chisinau verurteilte den Vorfall als „grobe Missachtung unserer Souveränität“.",
        False,
        [],
        None,
    ),
    # --- Poland and Moldova (AP), Sept 18 ---
    (
        "en",
        "WARSAW, Poland (AP) — Poland sent four fighter jets into the air early Friday while Russian drones and missiles hit western Ukraine, the Polish military said.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The sortie lasted nearly three hours, and Polish airspace was not breached, operational command spokesman Piotr Wysocki-Lenart told reporters.",
        True,
        [("duration", 3, "hour", "nearly")],
        "Piotr Wysocki-Lenart",
    ),
    (
        "en",
        "In neighboring Moldova, a drone crashed into a field near the border town of Ocnița, the fourth such incident this year, a defense ministry spokeswoman said.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        'NATO said it was "monitoring the situation closely" and in contact with Warsaw.',
        False,
        [],
        None,
    ),
    # --- Einschätzung des Bundesheers (APA), Samstag, 19. September ---
    (
        "de",
        "Wien (APA) - Die russischen Truppen haben im August nach Einschätzung des Bundesheers rund 460 Quadratkilometer ukrainisches Gebiet erobert.",
        True,
        [("count", 460, None, "about")],
        None,
    ),
    (
        "de",
        "Gegenüber dem Juli bedeute das einen Rückgang um etwa ein Zehntel, sagte Oberst Markus Reisinger-Thaler der APA.",
        True,
        [("fraction", 0.1, None, "about")],
        "Markus Reisinger-Thaler",
    ),
    (
        "de",
        "Im Schnitt rückten die Angreifer demnach um knapp 15 Quadratkilometer pro Tag vor.",
        True,
        [("count", 15, None, "nearly")],
        None,
    ),
    (
        "de",
        "An der gut 1.200 Kilometer langen Front seien derzeit etwa 710.000 russische Soldaten im Einsatz, schätzt das Bundesheer.",
        True,
        [("count", 1200, None, "over"), ("count", 710000, None, "about")],
        None,
    ),
    (
        "de",
        "„Russland kauft sich jeden Quadratkilometer mit enormen Verlusten“, so Reisinger-Thaler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einen Zusammenbruch der ukrainischen Front vor dem Winter hält der Oberst für wenig wahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- August gains (Reuters), Sept 19 ---
    (
        "en",
        "WASHINGTON, Sept 19 (Reuters) - Russian forces took about 460 square kilometres (178 square miles) of Ukrainian territory in August, Reuters calculated from maps the Institute for the Study of War publishes daily.",
        True,
        [("date", "--09-19", None, None), ("count", 460, None, "about"), ("count", 178, None, None)],
        None,
    ),
    (
        "en",
        "That was roughly a tenth less than in July.",
        True,
        [("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        "On average, Russian troops gained nearly 15 sq km a day, the data showed.",
        True,
        [("count", 15, None, "nearly")],
        None,
    ),
    (
        "en",
        "Russian forces now hold nearly 82% of Donetsk province and about three-quarters of Zaporizhzhia next door, the institute said.",
        True,
        [("percent", 82, "%", "nearly"), ("fraction", 0.75, None, "about")],
        "the institute",
    ),
    (
        "en",
        "Moscow holds about 21% of Ukraine in all, including Crimea, which it annexed in 2014.",
        True,
        [("percent", 21, "%", "about"), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Military analysts see little chance of a breakthrough by either side before the ground freezes.",
        False,
        [],
        None,
    ),
    # --- Donauhafen Ismajil (dpa), Sonntag, 20. September ---
    (
        "de",
        "Odessa (dpa) - Russische Drohnen haben in der Nacht zum 20. September den Hafen von Ismajil an der Donau getroffen.",
        True,
        [("date", "--09-20", None, None)],
        None,
    ),
    (
        "de",
        "Zwei Getreidespeicher und ein Tanklager seien in Brand geraten, rund 90 Feuerwehrleute seien im Einsatz, sagte Gouverneurin Halyna Rudenko.",
        True,
        [("count", 2, None, None), ("count", 90, None, "about")],
        "Halyna Rudenko",
    ),
    (
        "de",
        "Nach ihren Angaben wurden etwa 3.100 Tonnen Sonnenblumenöl vernichtet.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Das russische Verteidigungsministerium erklärte, es habe in Ismajil Anlagen zur Lagerung westlicher Waffen getroffen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war der fünfte Angriff auf die Donauhäfen in diesem Monat.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Rudenko sprach von einem „Krieg gegen die Ernährungssicherheit der Welt“.",
        False,
        [],
        None,
    ),
    # --- Danube port of Izmail (Reuters), Sept 20 ---
    (
        "en",
        "ODESA, Sept 20 (Reuters) - Russian drones struck the Danube port of Izmail overnight, setting two grain silos and a fuel depot ablaze, Governor Halyna Rudenko said.",
        True,
        [("date", "--09-20", None, None), ("count", 2, None, None)],
        "Halyna Rudenko",
    ),
    (
        "en",
        "Some 3,100 tonnes of sunflower oil were destroyed and a truck driver was injured, she said.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "en",
        "It was the fifth attack on the Danube ports this month.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Moscow said it had hit facilities storing Western weapons in Izmail.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Kyiv has repeatedly denied using its ports to store military hardware.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Rudenko called the strike part of "a war on the world\'s food security."',
        False,
        [],
        None,
    ),
    # --- Raffinerie in Saratow (AFP), Montag, 21. September ---
    (
        "de",
        "Kiew/Saratow (AFP) - Die ukrainische Armee hat nach eigenen Angaben die Ölraffinerie in der russischen Stadt Saratow mit Drohnen angegriffen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Anlage verarbeite jährlich rund 7 Millionen Tonnen Rohöl und versorge die russischen Truppen mit Treibstoff, teilte der ukrainische Generalstab mit.",
        True,
        [("count", 7000000, None, "about")],
        None,
    ),
    (
        "de",
        "Es sei bereits der dritte Schlag gegen die Raffinerie seit Juni.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Gouverneur des Gebiets Saratow bestätigte einen Brand auf dem Werksgelände, der nach rund vier Stunden gelöscht worden sei.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    (
        "de",
        "Kiew bezeichnet solche Angriffe als „gerechte Antwort“ auf die russischen Schläge gegen ukrainische Städte.",
        False,
        [],
        None,
    ),
    # --- Saratov refinery (Reuters), Sept 21 ---
    (
        "en",
        "KYIV, Sept 21 (Reuters) - Ukraine said on Monday its drones had struck an oil refinery in the Russian city of Saratov for the third time since June.",
        True,
        [("date", "--09-21", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Industry data put the plant's capacity at about 7 million tons of crude oil annually.",
        True,
        [("count", 7000000, None, "about")],
        None,
    ),
    (
        "en",
        "The regional governor said a fire had broken out at the site but no one was hurt, and that 12 drones had been shot down.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("en", "Ukraine's General Staff did not say what damage the strike had caused.", False, [], None),
    # --- Verlustangaben beider Seiten (dpa), Dienstag, 22. September ---
    (
        "de",
        "Kiew/Moskau (dpa) - Kiew und Moskau haben am Dienstag erneut von schweren Verlusten des Gegners berichtet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Binnen 24 Stunden hätten die russischen Truppen 1.010 Soldaten, sechs Panzer und 41 Artilleriesysteme verloren, teilte der ukrainische Generalstab mit.",
        True,
        [("duration", 24, "hour", None), ("count", 1010, None, None), ("count", 6, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Seit Februar 2022 beziffert Kiew die russischen Verluste damit auf rund 1,12 Millionen Mann.",
        True,
        [("year", 2022, None, None), ("count", 1120000, None, "about")],
        None,
    ),
    (
        "de",
        "Das russische Verteidigungsministerium behauptete seinerseits, die ukrainische Armee habe im selben Zeitraum bis zu 1.230 Soldaten verloren.",
        True,
        [("count", 1230, None, "up_to")],
        None,
    ),
    ("de", "Eigene Verlustzahlen veröffentlicht die ukrainische Führung nicht.", False, [], None),
    (
        "de",
        "Die Zahlen beider Seiten sind von unabhängiger Stelle nicht überprüfbar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Westliche Militärexperten gehen von durchschnittlich gut 900 russischen Toten und Verwundeten pro Tag aus.",
        True,
        [("count", 900, None, "over")],
        None,
    ),
    # --- British intelligence update (PA), Sept 22 ---
    (
        "en",
        "LONDON (PA) - Russia has suffered an average of more than 900 killed and wounded a day since the start of the summer, Britain's Ministry of Defence said.",
        True,
        [("count", 900, None, "over")],
        None,
    ),
    (
        "en",
        "In its daily intelligence update, it put total Russian casualties since February 2022 at about 1.05 million.",
        True,
        [("year", 2022, None, None), ("count", 1050000, None, "about")],
        None,
    ),
    (
        "en",
        "The update said Russian forces were gaining on average less than 15 square kilometres a day.",
        True,
        [("count", 15, None, "under")],
        None,
    ),
    ("en", "The ministry gave no estimate of Ukrainian losses.", False, [], None),
    (
        "en",
        'Armed Forces Minister Gideon Harcourt-Lyle said Moscow was "spending lives like small change."',
        False,
        [],
        None,
    ),
    # --- Hilfe des Bundes (Keystone-SDA), Mittwoch, 23. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz stellt der Ukraine weitere 18 Millionen Franken für die Reparatur von Energieanlagen und die humanitäre Minenräumung zur Verfügung.",
        True,
        [("money", 18000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Davon gingen 11 Millionen Franken an Projekte im Gebiet Charkiw, sagte EDA-Sprecherin Anouk Béguelin.",
        True,
        [("money", 11000000, "CHF", None)],
        "Anouk Béguelin",
    ),
    (
        "de",
        "Seit Kriegsbeginn belaufe sich die Hilfe des Bundes damit auf rund 4,6 Milliarden Franken, so die Sprecherin.",
        True,
        [("money", 4600000000, "CHF", "about")],
        None,
    ),
    ("de", "Die SVP kritisierte das Paket als «Blankoscheck ohne Kontrolle».", False, [], None),
    (
        "de",
        "«Ein Umspannwerk schützt im Winter mehr Menschen als jede Notunterkunft», sagte Béguelin.",
        False,
        [],
        None,
    ),
    # --- Interceptor drones from Britain (PA), Sept 23 ---
    (
        "en",
        "LONDON (PA) - A further 6,500 interceptor drones will go to Ukraine from Britain by the end of the year, Armed Forces Minister Gideon Harcourt-Lyle told the Commons.",
        True,
        [("count", 6500, None, None)],
        "Gideon Harcourt-Lyle",
    ),
    (
        "en",
        "The package is worth £240 million and will be paid for with interest earned on frozen Russian assets, he said.",
        True,
        [("money", 240000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "About 60% of the drones will be built in Ukraine under licence, officials said.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        'Harcourt-Lyle said Britain would stand by Ukraine "for as long as it takes."',
        False,
        [],
        None,
    ),
    # --- IRIS-T aus Deutschland (dpa), Donnerstag, 24. September ---
    (
        "de",
        "Berlin (dpa) - Deutschland hat der Ukraine zwei weitere Flugabwehrsysteme vom Typ IRIS-T SLM geliefert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zusammen mit den Systemen seien rund 300 Lenkflugkörper übergeben worden, sagte Ministeriumssprecherin Dörte Hallwachs in Berlin.",
        True,
        [("count", 300, None, "about")],
        "Dörte Hallwachs",
    ),
    (
        "de",
        "Die Ukraine verfüge damit über insgesamt zwölf Systeme dieses Typs, fügte Hallwachs hinzu.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("de", "Wann weitere Systeme folgen, ließ die Sprecherin offen.", False, [], None),
    ("de", "Die Linke nannte die Lieferungen „Öl ins Feuer“.", False, [], None),
    # --- IRIS-T from Germany (Reuters), Sept 24 ---
    (
        "en",
        "BERLIN, Sept 24 (Reuters) - Ukraine has received another two IRIS-T SLM systems from Germany, together with about 300 guided missiles, Germany's defence ministry said on Thursday.",
        True,
        [("date", "--09-24", None, None), ("count", 2, None, None), ("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "That brings the number of such systems in Ukrainian hands to 12, a ministry spokeswoman said.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Each system costs about 140 million euros, according to industry estimates.",
        True,
        [("money", 140000000, "EUR", "about")],
        None,
    ),
    ("en", "The spokeswoman would not say when further systems would follow.", False, [], None),
    # --- Rakete auf Wohnhaus in Dnipro (dpa), Freitag, 25. September ---
    (
        "de",
        "Dnipro (dpa) - Die Zahl der Toten nach einem russischen Raketenangriff auf ein Wohnhaus in Dnipro ist auf neun gestiegen.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Toten seien ein drei Monate alter Säugling und seine 31-jährige Mutter, sagte Gouverneur Mykola Horbatsch.",
        True,
        [("duration", 3, "month", None), ("duration", 31, "year", None)],
        "Mykola Horbatsch",
    ),
    (
        "de",
        "Mehr als 40 Menschen wurden nach Angaben der Behörden verletzt, zwölf von ihnen schwer.",
        True,
        [("count", 40, None, "over"), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Rakete vom Typ Iskander-M habe die oberen vier Etagen des zehnstöckigen Gebäudes zerstört.",
        True,
        [("count", 4, None, None), ("count", 10, None, None)],
        None,
    ),
    ("de", "Die Stadt rief eine dreitägige Trauer aus.", True, [("duration", 3, "day", None)], None),
    (
        "de",
        "Ein Verfahren wegen des Verdachts auf ein Kriegsverbrechen sei eingeleitet worden, teilte die regionale Staatsanwaltschaft mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Moskau bestreitet, Wohngebiete gezielt unter Beschuss zu nehmen.",
        True,
        [],
        None,
    ),
    ("de", "„Das war Mord an schlafenden Familien“, sagte Horbatsch.", False, [], None),
    # --- Missile on a Dnipro apartment block (Reuters), Sept 25 ---
    (
        "en",
        "DNIPRO, Sept 25 (Reuters) - Nine people are now known to have died after a Russian missile hit an apartment block in Dnipro, Governor Mykola Horbach said on Friday.",
        True,
        [("date", "--09-25", None, None), ("count", 9, None, None)],
        "Mykola Horbach",
    ),
    (
        "en",
        "The dead included a three-month-old baby and his 31-year-old mother, and more than 40 people were wounded.",
        True,
        [("duration", 3, "month", None), ("duration", 31, "year", None), ("count", 40, None, "over")],
        None,
    ),
    (
        "en",
        "The Iskander-M missile destroyed the top four floors of the 10-storey building, city officials said.",
        True,
        [("count", 4, None, None), ("count", 10, None, None)],
        None,
    ),
    ("en", "Three days of mourning were declared in the city.", True, [("duration", 3, "day", None)], None),
    ("en", "Moscow denies deliberately targeting residential areas.", True, [], None),
    ("en", '"They came for families in their beds," Horbach said.', False, [], None),
    # --- Vorstoß bei Siwersk (Reuters), Samstag, 26. September ---
    (
        "de",
        "Moskau/Kiew (Reuters) - Russische Truppen sind nach Angaben kremlnaher Militärblogger bei Siwersk um bis zu sechs Kilometer vorgerückt.",
        True,
        [("count", 6, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Blog „Frontowaja Swodka“, dem mehr als 450.000 Menschen folgen, schrieb von heftigen Kämpfen am Stadtrand.",
        True,
        [("count", 450000, None, "over")],
        None,
    ),
    (
        "de",
        "In einem einzigen Bataillon habe es binnen zwei Tagen mindestens 60 Tote und Verwundete gegeben, schrieb der Blog.",
        True,
        [("duration", 2, "day", None), ("count", 60, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Generalstab in Kiew räumte ein, dass sich eigene Einheiten bei Siwersk auf „vorteilhaftere Positionen“ zurückgezogen hätten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Daten des Kartenprojekts DeepState kontrolliert Russland inzwischen etwa 60 Prozent des Stadtgebiets.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "de",
        "Einige Militärblogger warfen der russischen Armeeführung vor, die Lage an der Front „schönzureden“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Siwersk frisst unsere Leute, wie Bachmut es getan hat“, hieß es in einem Kommentar des Blogs.",
        False,
        [],
        None,
    ),
    # --- Advance near Siversk (Reuters), Sept 26 ---
    (
        "en",
        "MOSCOW/KYIV, Sept 26 (Reuters) - Russian troops have pushed up to 6 km (4 miles) forward near Siversk, pro-Kremlin military bloggers said on Saturday.",
        True,
        [("date", "--09-26", None, None), ("count", 6, None, "up_to"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        'Kyiv said its units had pulled back to "more favourable positions" near the town.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Russia now controls about 60% of Siversk's urban area, according to the Ukrainian mapping project DeepState.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "One blog, followed by more than 450,000 people, said a single battalion had lost at least 60 killed and wounded in two days.",
        True,
        [("count", 450000, None, "over"), ("count", 60, None, "at_least"), ("duration", 2, "day", None)],
        None,
    ),
    # --- AKW Saporischschja ohne Netz (dpa), Sonntag, 27. September ---
    (
        "de",
        "Wien/Kiew (dpa) - Das Atomkraftwerk Saporischschja ist zum elften Mal seit Beginn des Krieges vom externen Stromnetz abgeschnitten worden.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Kühlung der sechs Reaktoren laufe über Notstromdiesel, deren Vorräte für mindestens zehn Tage reichten, teilte die IAEO in Wien mit.",
        True,
        [("count", 6, None, None), ("duration", 10, "day", "at_least")],
        "die IAEO",
    ),
    (
        "de",
        "Die letzte noch funktionierende 750-Kilovolt-Leitung sei am Samstagabend ausgefallen.",
        True,
        [("count", 750, None, None)],
        None,
    ),
    (
        "de",
        "Der von Russland eingesetzte Leiter des Kraftwerks, Wladimir Selesnjow, machte ukrainischen Beschuss für den Ausfall verantwortlich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kiew und Moskau machen einander für den Stromausfall verantwortlich.",
        True,
        [],
        None,
    ),
    ("de", "Der IAEO-Generaldirektor nannte die Lage „unhaltbar und gefährlich“.", False, [], None),
    # --- Nuclear plant cut off (AP), Sept 27 ---
    (
        "en",
        "VIENNA (AP) — For the 11th time in the war, the Zaporizhzhia nuclear power plant has been cut off from outside power, the IAEA said Sunday.",
        True,
        [("ordinal", 11, None, None)],
        "the IAEA",
    ),
    (
        "en",
        "Diesel generators now cool all six reactors, and their fuel should last at least 10 days, the U.N. nuclear watchdog said.",
        True,
        [("count", 6, None, None), ("duration", 10, "day", "at_least")],
        None,
    ),
    (
        "en",
        "The plant's last working 750-kilovolt line failed late Saturday.",
        True,
        [("count", 750, None, None)],
        None,
    ),
    # --- Rekordnacht (dpa), Montag, 28. September ---
    (
        "de",
        "Kiew (dpa) - Einen Rekordangriff mit 810 Drohnen und 52 Raketen haben die russischen Streitkräfte in der Nacht zum Montag gegen die Ukraine geflogen.",
        True,
        [("count", 810, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Laut Luftwaffe wurden 744 Drohnen und 41 Raketen abgeschossen oder elektronisch abgelenkt.",
        True,
        [("count", 744, None, None), ("count", 41, None, None)],
        "Luftwaffe",
    ),
    (
        "de",
        "Mehr als zwei Drittel der 810 Drohnen seien Attrappen ohne Sprengladung gewesen, sagte Luftwaffensprecher Jurij Ternowyj.",
        True,
        [("fraction", 0.6667, None, "over"), ("count", 810, None, None)],
        "Jurij Ternowyj",
    ),
    (
        "de",
        "Die Abschussquote lag demnach bei knapp 92 Prozent.",
        True,
        [("percent", 92, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Landesweit wurden mindestens sieben Menschen getötet, davon vier in Lwiw.",
        True,
        [("count", 7, None, "at_least"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Luftalarm galt zeitweise in allen 24 Regionen des Landes.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Die Nacht war die dritte in Folge mit mehr als 300 Drohnen.",
        True,
        [("ordinal", 3, None, None), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "„Russland will unseren Himmel leer schießen, bevor der Winter kommt“, sagte Ternowyj.",
        False,
        [],
        None,
    ),
    # --- Record drone night (Reuters), Sept 28 ---
    (
        "en",
        "KYIV, Sept 28 (Reuters) - Russia sent 810 drones and 52 missiles against Ukraine overnight in the biggest air assault of the war so far, the air force said on Monday.",
        True,
        [("date", "--09-28", None, None), ("count", 810, None, None), ("count", 52, None, None)],
        "the air force",
    ),
    (
        "en",
        "Air defences downed or jammed 744 drones and 41 missiles, an interception rate of nearly 92%.",
        True,
        [("count", 744, None, None), ("count", 41, None, None), ("percent", 92, "%", "nearly")],
        None,
    ),
    (
        "en",
        "More than two-thirds of the 810 drones were decoys carrying no explosives, an air force spokesman said.",
        True,
        [("fraction", 0.6667, None, "over"), ("count", 810, None, None)],
        None,
    ),
    (
        "en",
        "At least seven people were killed nationwide, four of them in Lviv.",
        True,
        [("count", 7, None, "at_least"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Kremlin said on Monday that the strikes had hit military-industrial targets and energy facilities serving the army.",
        True,
        [],
        "the Kremlin",
    ),
    (
        "en",
        "Ukraine's president again pressed allies for more air defence systems.",
        False,
        [],
        None,
    ),
    ("en", '"Russia wants to empty our skies before winter," Ternovyi said.', False, [], None),
    # --- Moscow's version of the night (Reuters), Sept 28 ---
    (
        "en",
        'MOSCOW, Sept 28 (Reuters) - Russia\'s defence ministry said on Monday its forces had delivered a "massive strike" overnight on Ukrainian military-industrial sites using long-range precision weapons and drones.',
        True,
        [("date", "--09-28", None, None)],
        None,
    ),
    ("en", "All designated targets were hit, it said, without giving details.", True, [], None),
    (
        "en",
        "It also said air defences had shot down 147 Ukrainian drones over 11 regions in 24 hours.",
        True,
        [("count", 147, None, None), ("count", 11, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Ukraine's military said the strikes had mainly hit homes and power lines, not arms plants.",
        True,
        [],
        None,
    ),
    # --- Drohnen auf das Gebiet Kursk (dpa), Dienstag, 29. September ---
    (
        "de",
        "Kursk (dpa) - Bei ukrainischen Drohnenangriffen im russischen Grenzgebiet Kursk sind nach russischen Angaben zwei Menschen getötet worden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "In der Kleinstadt Rylsk sei zudem ein Umspannwerk getroffen worden, rund 14.000 Einwohner seien ohne Strom, schrieb Gouverneur Sergej Tolmatschow auf Telegram.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    (
        "de",
        "Das russische Verteidigungsministerium meldete den Abschuss von 63 Drohnen über dem Gebiet Kursk und 21 weiteren über dem Gebiet Brjansk.",
        True,
        [("count", 63, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Tolmatschow sagte, in Rylsk gelte ab sofort eine zwölfstündige nächtliche Ausgangssperre.",
        True,
        [("duration", 12, "hour", None)],
        "Tolmatschow",
    ),
    (
        "de",
        "Tolmatschow sprach von „terroristischen Angriffen Kiews auf Zivilisten“.",
        False,
        [],
        None,
    ),
    # --- Kursk region (AFP), Sept 29 ---
    (
        "en",
        "MOSCOW (AFP) - Two people were killed in Ukrainian drone attacks on Russia's Kursk border region, regional authorities said Tuesday.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A substation was hit in the small town of Rylsk, leaving about 14,000 residents without power, acting Governor Sergei Tolmachev said on Telegram.",
        True,
        [("count", 14000, None, "about")],
        "Sergei Tolmachev",
    ),
    (
        "en",
        "According to Russia's defence ministry, 63 drones were downed over the Kursk region and another 21 over neighbouring Bryansk.",
        True,
        [("count", 63, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "He said a 12-hour overnight curfew would take effect in Rylsk.",
        True,
        [("duration", 12, "hour", None)],
        None,
    ),
    (
        "en",
        'Tolmachev described the strikes as "terror against villages that have no soldiers in them."',
        False,
        [],
        None,
    ),
    # --- The president's weekly tally (Reuters), Sept 30 ---
    (
        "en",
        "KYIV, Sept 30 (Reuters) - Russia fired more than 1,900 drones, about 1,150 glide bombs and 71 missiles at Ukraine over the past week, Ukraine's president said on Wednesday.",
        True,
        [("date", "--09-30", None, None), ("count", 1900, None, "over"), ("count", 1150, None, "about"), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "That was roughly a fifth more than the week before.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Kyiv has asked its partners for at least 12 more Patriot systems before the winter.",
        True,
        [("count", 12, None, "at_least")],
        None,
    ),
    (
        "en",
        '"Every week the numbers grow and every week the world shrugs," he said in his nightly video address.',
        False,
        [],
        None,
    ),
    # --- Gas fields hit (Reuters), Oct 1 ---
    (
        "en",
        "KYIV, Oct 1 (Reuters) - Russian missiles and drones hit gas production facilities in the Kharkiv and Poltava regions overnight, state energy company Naftogaz said on Thursday.",
        True,
        [("date", "--10-01", None, None)],
        None,
    ),
    (
        "en",
        "It was the ninth attack on the company's gas infrastructure since the start of August, it said.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Industry analysts estimate that up to 40% of Ukraine's domestic gas output has been knocked out by this year's strikes.",
        True,
        [("percent", 40, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Ukraine will need to import about 4.5 billion cubic metres of gas before the spring, according to government estimates.",
        True,
        [("count", 4500000000, None, "about")],
        None,
    ),
    (
        "en",
        "The company put the damage from this year's attacks on its facilities at about $1.3 billion.",
        True,
        [("money", 1300000000, "USD", "about")],
        None,
    ),
    ("en", "Naftogaz did not say how long repairs would take.", False, [], None),
    # --- Drohne auf Linienbus im Gebiet Sumy (dpa), Donnerstag, 1. Oktober ---
    (
        "de",
        "Sumy (dpa) - Eine russische Drohne hat im nordostukrainischen Gebiet Sumy einen Linienbus getroffen und mindestens vier Fahrgäste getötet.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "de",
        "Zehn weitere seien verletzt worden, unter ihnen ein 13-jähriger Junge, sagte der Leiter der Militärverwaltung von Sumy, Oleh Pyrih.",
        True,
        [("count", 10, None, None), ("duration", 13, "year", None)],
        "Oleh Pyrih",
    ),
    (
        "de",
        "Der Bus mit 26 Fahrgästen sei in der Stadt Schostka gegen 7.40 Uhr an einer Haltestelle getroffen worden, so der Verwaltungschef.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Binnen zehn Tagen sei damit im Gebiet Sumy schon zum zweiten Mal ein Bus angegriffen worden.",
        True,
        [("duration", 10, "day", None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Pyrih nannte den Angriff „gezielten Terror gegen Pendler“.", False, [], None),
    ("de", "Ob der Drohnenpilot den Bus als solchen erkennen konnte, ist offen.", False, [], None),
    # --- Bus hit in Sumy region (AP), Oct 1 ---
    (
        "en",
        "SUMY, Ukraine (AP) — A Russian drone hit a bus carrying 26 passengers in the Sumy region on Thursday, killing at least four people and wounding 10, including a 13-year-old boy.",
        True,
        [("count", 26, None, None), ("count", 4, None, "at_least"), ("count", 10, None, None), ("duration", 13, "year", None)],
        None,
    ),
    (
        "en",
        "The bus was struck at a stop in the town of Shostka shortly before 8 a.m., said Oleh Pyrih, head of the Sumy military administration.",
        True,
        [],
        "Oleh Pyrih",
    ),
    (
        "en",
        "It was the second attack on a bus in the region in 10 days.",
        True,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        '"My husband takes this bus every morning, and today he was lucky," said Nadiia Bondarenko, who was waiting outside the hospital.',
        False,
        [],
        None,
    ),
    # --- Bilanz des Monats September (APA), Freitag, 2. Oktober ---
    (
        "de",
        "Wien (APA) - Russlands Armee hat im September nach Berechnungen der APA auf Basis von Daten des Instituts für Kriegsstudien rund 430 Quadratkilometer erobert.",
        True,
        [("count", 430, None, "about")],
        None,
    ),
    (
        "de",
        "Dem Institut für Kriegsstudien zufolge konzentrierten sich die Geländegewinne auf die Abschnitte Pokrowsk, Kostjantyniwka und Siwersk.",
        True,
        [],
        "das Institut für Kriegsstudien",
    ),
    (
        "de",
        "Demnach kontrolliert Russland knapp 82 Prozent der Region Donezk sowie rund drei Viertel der Region Saporischschja.",
        True,
        [("percent", 82, "%", "nearly"), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Im September schickte Russland nach ukrainischen Angaben mehr als 7.300 Drohnen gegen die Ukraine, so viele wie in keinem Monat zuvor.",
        True,
        [("count", 7300, None, "over")],
        None,
    ),
    (
        "de",
        "Das entspreche durchschnittlich rund 243 Drohnen pro Nacht, hieß es in Kiew.",
        True,
        [("count", 243, None, "about")],
        None,
    ),
    (
        "de",
        "Beobachter rechnen damit, dass Moskau die Angriffe auf die Energieversorgung im Oktober noch verstärkt.",
        False,
        [],
        None,
    ),
    # --- September in numbers (Reuters), Oct 2 ---
    (
        "en",
        "LONDON, Oct 2 (Reuters) - Russian forces seized about 430 sq km of Ukrainian land in September, roughly as much as in August, the Institute for the Study of War wrote in a monthly assessment.",
        True,
        [("date", "--10-02", None, None), ("count", 430, None, "about")],
        None,
    ),
    (
        "en",
        "Russia launched more than 7,300 drones at Ukraine during the month, a record, Ukraine's air force said.",
        True,
        [("count", 7300, None, "over")],
        None,
    ),
    ("en", "That is an average of about 243 a night.", True, [("count", 243, None, "about")], None),
    ("en", "Independent verification of the monthly totals was not possible.", False, [], None),
    (
        "en",
        "Analysts expect Moscow to step up its strikes on the power grid as temperatures fall.",
        False,
        [],
        None,
    ),
]
