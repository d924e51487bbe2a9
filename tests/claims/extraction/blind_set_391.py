"""Three-hundred-and-ninety-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, commissioners, spokespeople and agency
heads of real governments and bodies appear under made-up names that stand for no real
holder, and other holders of real offices only by office ("France's interior minister", "The
mayor of Lampedusa", „ein Sprecher des Ministeriums“, „Ein Sprecher der
Ministerpräsidentenkonferenz“, "a National Guard spokesman").

Names: Konstantin Rautenberg, Dirk Wollenhaupt, Reinhold Ebersbach, Reinhard Pürstl, Daniela
Rüegsegger, Svenja Krauthausen, Carola Vennemann, Werner Kuhlenkamp, Jonas Ahlbrecht, the
rescue ship „Caravella 2“ and the aid group Libera Rotta, Matthias Oberländer, Herbert
Zankl, Elisabeth Amstad-Keller, Corinne Perrenoud, Ueli Brändli, Markus Wendehals, Bernhard
Feichtinger; Eleanor Whitcombe, Rupert Fanshawe, the charity Harbour Light, Vittorio
Sandrelli, Adaeze Okwuosa, Armando Cubillo-Padrón, Tomasz Wereszczak, Kostas Alevizatos,
Ciarán Duggan-Roe, Alistair Penhaligon, Katarzyna Wilkosz, Femke Bosmans-Tiel, Marit
Oyelaran, Jonathan Aske-Morley and every unnamed spokesperson, official, aid worker,
volunteer, mayor and resident are invented. Real states, bodies, parties, laws, papers and
places (Bundespolizei, Bundesinnenministerium, Bundesamt für Migration und Flüchtlinge,
Bamf, GdP, CSU, ÖVP, Grüne, Linke, CDU, SVP, SP, Pro Asyl, Asylkoordination, Amnesty
International, Diakonie, Innenministerium, Grundversorgung, Staatssekretariat für Migration,
SEM, Bundesasylzentren, Staatspolitische Kommission des Nationalrats, Bundesrat, Europäische
Menschenrechtskonvention, Auswärtiges Amt, Bundesverfassungsgericht, Städtetag NRW,
Landkreistag, Landtag, Bundesamt für Fremdenwesen und Asyl, BFA, Schubhaft,
Verfassungsgerichtshof, Bundesfinanzministerium, Statistisches Bundesamt,
Ministerpräsidentenkonferenz, „Rheinische Post“, Flughafen Leipzig/Halle, Taliban, Katar,
Dublin-Regeln, Asylpakt, Bundespolizeidirektion München; the Home Office, the Channel, the
Italian Red Cross, the Interior Ministry, the International Organization for Migration, IOM,
UNHCR, Frontex, the Border Guard, the EU Agency for Asylum, EUAA, COA, Ter Apel, the
Department of Justice, the Refugee Council, the Irish Refugee Council, the National Guard,
the Greens, Lampedusa, Zuwara, Tobruk, Crete, Gavdos, Chania, Agia Galini, County Galway,
Calais, Groningen, and the datelines' cities) stand for the way wire copy names them; every
application, rate, rejection, deportation, crossing, boat, death toll, place, cost, cap,
quota, vote and quote here is invented, and where a real figure came to mind (a real monthly
asylum total, a real protection rate, a real Channel tally or daily record, a real hotel
cost, a real family reunification quota, a real cash payment on a deportation flight, a real
fence's length and height, a real sum promised to Tunisia) it was changed (the years kept:
Italy's Dublin stop at the end of 2022, the EU's agreement with Tunisia in 2023 and Poland's
suspension of asylum claims at the Belarus border in March of the year before).

Its weight: MIGRATION AND ASYLUM STATISTICS, fifth round (the hundred-fourth,
hundred-seventy-seventh, two-hundred-and-seventy-ninth and three-hundred-and-thirty-first
batches weighed migration, asylum and borders, the fifty-fifth crime, migration and asylum
and the two-hundred-and-twenty-second opinion versus claim in migration and social policy
copy; their decisions are kept) over five wire weeks of one late summer, Monday, August 3,
to Friday, September 4, as 37 short stories in story order, the German and English stories
interleaved by day, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, the other side, quotes, reactions). German (dpa with its regional slugs "dpa/lnw"
and "dpa/lby", APA with Austrian "Jänner", "Grundversorgung", "Schubhaft", "Anhaltedauer",
"außer Landes gebracht", "Begutachtung", Keystone-SDA with Swiss "Asylgesuche", "1'873",
"Ende Monat", "Vorjahresperiode", "verstosse", «» quotes, German „“ quotes): rejections at
the German land borders, the Bamf's July figures with first and follow-up applications,
nationalities in brackets and the overall and adjusted protection rates, Austria's July
statistics and its family reunification stop, Swiss applications in July and the federal
centres, Germany's cap on family reunification after the suspension, deportations in the
first half with Dublin transfers and people obliged to leave, reception costs in North
Rhine-Westphalia, a rescue ship sent to a distant port, a deportation flight to Kabul,
Austria's removals and Schubhaft, a Swiss committee's vote on family reunification, a van of
migrants near Passau, the Länder's demand for more money per applicant, Dublin transfers
that failed, voluntary returns to Syria, Austria's planned quota and the Bamf's August
figures. English (Reuters with dated datelines, AP, AFP with dated datelines, PA): Channel
crossings in July, arrivals in Italy and a crowded Lampedusa, a shipwreck off Libya,
Germany's cap, the Canary Islands, Frontex's seven months, Crete and Gavdos, deaths off
Boulogne, Ireland's applications and beds, Britain's asylum statistics and hotels, removals
from Britain, the Polish-Belarusian border, EU-wide asylum figures, Ter Apel, the
Mediterranean toll, the busiest Channel day, Austria's quota, Tunisia's interceptions and
the first days of September in the Channel. Figures as such copy has them: monthly,
half-year and year-to-date applications, decisions, rejections, deportations, removals,
transfers, returns, arrivals, interceptions, deaths and survivors as counts, small boats and
people per boat, arrivals per day as an average, protection, recognition and grant rates in
percent and a move in points, caps and quotas per month with their bounds ("höchstens", "no
more than"), places and occupancy, costs per place, head, person and night and payments in
euros, pounds and francs, procedures, detention and waits in days, weeks, months and years;
number words and compounds („zweijährigen“, „fünfköpfige Familie“, „31-jähriger“,
„anderthalb Tage“, „elf“, „Zehntausende“, "Nineteen survivors", "a 12-year-old girl", "a
two-year suspension", "three additional patrol vessels"), shares and fractions („Jeder
dritte Erstantrag“, „etwa ein Achtel“, „Gut ein Drittel“, „knapp die Hälfte“, „rund jedes
vierte Gesuch“, „gut zwei Drittel“, „Knapp ein Viertel“, „Mehr als jede zweite“, „in mehr
als neun von zehn Fällen“, „Fast jeder fünfte Antrag“, "Nearly one in five", "roughly a
fifth more", "roughly three in ten", "almost two-thirds", "almost a third down", "fewer than
one in three", "just over half", "Roughly three-quarters"), multiples ("almost three times",
"more than four times", "almost twice as many"), ordinals („im ersten Halbjahr“, „der dritte
Flug“, „zum ersten Mal“, "a first decision", "the year's first half"), hedges, years and
dates. Negatives as such copy has them - 58 rows, none with a figure: ministers',
commissioners' and officials' resolve, slogans and reassurances in quotes, labels of NGOs,
parties, lawyers and governments („nannte“, „sprach von“, „bezeichnete ... als“,
„kritisierte ... als“, „hält ... für“, "called"), readings of causes, an accusation naming
no act, a warning and an appeal naming no measure, the caveat on unverified accounts, an
open question, feelings, scene colour and an expectation without a figure, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

238 rows (123 German, 115 English), 58 negatives (28 German, 30 English), 180 check-worthy
rows of which 24 carry no figure (18 German, 6 English), 263 expected quantities (141
counts, 23 fractions, 21 durations - 7 in years, 6 in days, 6 in months, 2 in weeks -, 21
percentages - 20 in "%", 1 in percentage points "pp" -, 19 dates, 18 amounts of money - 14
EUR, 3 GBP, 1 CHF -, 13 ordinals, 7 years; none of them in a negative), 37 checked speakers
(19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, slogan, reassurance, label, vow, feeling or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-ninth,
  three-hundred-and-thirty-first); a quoted or reported statement of fact, figure, step,
  rule, plan, demand or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-fourth, hundred-seventy-seventh). Pairs from one speaker: Rautenberg's 41 percent
  beside „Wer glaubt, die Grenze sei wieder offen ...“ and his 95,000 beside „Der
  Kurswechsel ist messbar ...“ (told by role), Ebersbach's 10,412 decisions beside „Monat
  für Monat“, Pürstl's 63 relatives beside „wieder unter Kontrolle“ and his quota rationale
  beside "fair to everyone", Rüegsegger's 2,306 beside «Von einer Notlage ...»,
  Krauthausen's two thirds beside „nicht kontingentieren“, Vennemann's 15,600 euros beside
  „nicht allein“, Kuhlenkamp's half beside „Tropfen auf den heißen Stein“, Ahlbrecht's 1,083
  beside „Jeder unnötige Tag ...“, Oberländer's flight via Qatar beside „Aufenthaltsrecht
  verwirkt“, Zankl's 3.1 months beside „Ein schnelles Nein ...“, Amstad-Keller's rejection
  beside Perrenoud's and Brändli's lines; Whitcombe's 1,312 beside "running out of road",
  Sandrelli's 14 smugglers beside "Europe's border", Okwuosa's 1,134 beside "a decision not
  to send a ship", Cubillo-Padrón's 4,870 beside "done their part", Wereszczak's 2,350
  beside "the right direction", Alevizatos's three vessels beside "the new front door",
  Duggan-Roe's 11 weeks beside "a fair system", Penhaligon's 41 flights beside "you will be
  removed", Bosmans-Tiel's 1,900 places beside "a wealthy country", Oyelaran's 96,000 beside
  "counting the dead" and Aske-Morley's 88 beside "as cargo". Pro Asyl's „der Rückgang gehe
  vor allem auf die Lage in den Herkunfts- und Transitländern zurück“ and "Rights groups
  said the decline reflected tougher border policies ..." are readings of causes and
  negatives (two-hundred-and-seventy-ninth, three-hundred-and-thirty-first); "Aid groups
  accused Europe of outsourcing its border ..." an accusation naming no act
  (hundred-fourth), „Die Regierung in Rom wirft den Seenotrettern vor, ...“ the government's
  charge against rescuers (two-hundred-and-seventy-ninth), „Die Diakonie warnte, ...“ a
  warning naming no measure (hundred-seventy-seventh), 'UNHCR urged European governments to
  "do far more ..."' an appeal naming no measure (two-hundred-and-fourth), "AP could not
  independently confirm ..." the caveat (hundred-fourth), „Ob die Regelung ... Bestand
  hätte, ist ... umstritten.“ an open question (hundred-twenty-fourth), "Charity workers in
  Calais said they expected more launches ..." an expectation without a figure
  (hundred-seventy-seventh: a forecast without a figure), „Die Beamten raten dringend davon
  ab, ...“ police advice (three-hundred-and-thirty-first), and feelings, scene colour and
  grief ("felt forgotten", "felt "abandoned"", the AP scene at Lampedusa with "Hundreds",
  the volunteer's "children shaking with cold") negatives (hundred-seventy-seventh).
- Asylum statistics (fifty-fifth, hundred-fourth, hundred-seventy-seventh,
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first): first applications,
  follow-up applications, decisions, pending cases, rejections at the border, deportations,
  removals, transfers, returns, people obliged to leave and tolerated, people in Schubhaft,
  arrivals, interceptions, smugglers, deaths, survivors, places and beds are counts,
  nationalities in brackets each a count („Afghanistan (2.641), ... Syrien (1.377) und die
  Türkei (702)“), the Swiss apostrophe a separator („1'873“, „9'800“, „5'140“, „2'306“,
  „1'300“), „knapp 300 weniger als im Juni“ 300 "nearly" and „rund 1.400 mehr als im
  Vorjahreszeitraum“ 1,400 "about" (the comparison after the figure, hundred-first,
  hundred-fourth), „Das Bamf entschied im August über 9.655 Anträge“ and „das Amt habe im
  Juli über 10.412 Asylanträge entschieden“ with no hedge („über“ the preposition
  „entscheiden“ takes, hundred-seventy-seventh, three-hundred-and-thirty-first), "well above
  its legal limit of 2,000" 2,000 with no hedge (the hedge stands before "its",
  three-hundred-and-thirty-first: "far above the 2,000 agreed"), "A total of" no hedge.
  Protection, recognition and grant rates are percentages („Die Gesamtschutzquote lag bei
  38,4 Prozent“, „Die Schutzquote lag laut SEM bei 31,2 Prozent“, „in 36,2 Prozent der
  Fälle“, "The initial grant rate stood at 41%, down from 58%" both - "initial" carries none
  -, "The EU-wide recognition rate ... was 29%"). New: „um 4,1 Punkte unter dem Wert des
  Vormonats“ is 4.1 "pp" - a protection rate's move written as bare „Punkte“ is a move in
  percentage points, as "net trade subtracted 0.2 points" (three-hundred-and-fifty-sixth)
  and „2,6 Prozentpunkte unter dem Wert des Vorjahres“ (three-hundred-and-thirty-first).
  New: „eine bereinigte Schutzquote von 57,9 Prozent“ is 57.9 % - „bereinigte“ carries none,
  as „erstinstanzliche“ (three-hundred-and-thirty-first) - and „etwa über Dublin-Fälle“
  before it is no hedge: „etwa“ there means "for instance" and stands before no figure (the
  hedge belongs to the figure it precedes; fifty-fifth: „über einen 45-jährigen“, cited by
  the hundred-fourth). New: "The EU-wide recognition rate at first instance" and "Decisions
  at first instance" carry no ordinal - "at first instance" is the English
  „erstinstanzlich“, a fixed name of the stage of a procedure, while "a first decision"
  (hundred-fourth, and here twice) counts the decision and is ordinal 1. The rankings of
  countries of origin and of groups are check-worthy without a figure („An der Spitze der
  Herkunftsländer standen ...“, „Unter den übrigen Antragstellern stellten Afghanen ... die
  größte Gruppe.“, „Die meisten Abschiebungen gingen ...“, „Die meisten Überstellungen
  gingen ...“, "Venezuelans lodged the most claims, ..."; hundred-fourth,
  three-hundred-and-thirty-first), as are rows that only give their neighbour's source („Die
  Zahlen teilte das Bundesamt für Migration und Flüchtlinge zur Wochenmitte mit.“ with its
  speaker; „Das ergibt sich aus einer Antwort des Bundesinnenministeriums ...“ and „Die
  Halbjahresbilanz veröffentlichte das BFA am Montag.“ unchecked; hundred-seventy-seventh,
  two-hundred-and-seventy-ninth), rules, practices and acts of record („Über die meisten
  Asylanträge von Syrern entscheidet das Bundesamt derzeit nicht.“, „Italien nimmt seit Ende
  2022 praktisch keine Dublin-Rückkehrer mehr zurück.“, „Seit Juni gelten die Regeln des
  neuen europäischen Asylpakts, ...“, "Poland stopped accepting asylum claims at the Belarus
  border in March of last year.", Frontex's caveat that it counts detections,
  hundred-seventy-seventh: "The agency noted that its figures count detections ..."), an
  undercount with its reason ("She said the real number was likely higher, since ...";
  hundred-seventy-seventh), the government's pledge told to MPs (hundred-seventy-seventh:
  Conway's pledge), Oberländer's denial of talks with the Taliban (hundred-fourth: Lemberg's
  denial), a protest staged (hundred-fourth: a demonstration), a committee's step, the
  Federal Council's rejection and the motion's next chamber, the coalition's agreement, the
  draft in consultation and the Greens' announced review (two-hundred-and-fourth: an
  announced step). New: „Zehntausende Syrerinnen und Syrer“ carries none and the row stays
  check-worthy without a figure - a vague magnitude, as „Mehrere Tausend“, "Several
  thousand" and „Dutzende“ (hundred-fourth), and "Hundreds of people" in the AP scene
  likewise. Demands by bodies with a figure are check-worthy with the speaker unchecked
  („Der Städtetag NRW fordert dagegen mindestens 18.000 Euro pro Kopf.“, „Die Länder
  verlangen vom Bund künftig 9.000 Euro ...“; three-hundred-and-thirty-first: „Die Kommunen
  fordern ...“).
- Family reunification caps and quotas (hundred-fourth, hundred-seventy-seventh,
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first): a cap per month is a count
  and „pro Monat“, "a month" carry none; „auf 600 Angehörige pro Monat begrenzt“ and "to
  limit ... to 600 relatives a month" 600 with no hedge ("limited to" and „Obergrenze“ no
  hedge, three-hundred-and-eighty-eighth), „höchstens 7.200 Menschen“, „ein Kontingent von
  höchstens 150 Personen pro Monat“ and "a quota of no more than 150 people a month"
  "at_most", „mehr als 1.200 Angehörige ..., im Jahresschnitt knapp 780“ and "more than
  1,200 relatives" ("im Jahresschnitt" none, as „Im Wochenschnitt“,
  three-hundred-and-thirty-first), „nach dem Ende der zweijährigen Aussetzung“ and "once a
  two-year suspension ends" 2 years, „frühestens nach drei Jahren“ 3 years with no hedge
  (three-hundred-and-eighty-eighth: „in frühestens drei Wochen“ - "at the earliest" bounds a
  point in time, not the span), „mindestens 4'200 Franken im Monat“ CHF "at_least". New:
  „über ein Kontingent von höchstens 150 Personen“ gives 150 "at_most" only - „über“ there
  is the preposition "by way of" and „ein“ the article of „Kontingent“, neither a hedge nor
  a count (three-hundred-and-thirty-first: „einem Arzt“ the article;
  hundred-seventy-seventh: „über“ after „entscheiden“).
- Sea crossings, small boats, rescues and deaths (hundred-fourth, hundred-seventy-seventh,
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first): "an average of 157 people
  a day" and "an average of 64 people per boat" the counts with no hedge ("an average of" no
  hedge; "a day", "per boat" none), "Boats carried an average of 55 people each, against
  47", "846 people arrived in 13 boats", "in 27 separate operations", "At least 41 migrants"
  "at_least", "Nineteen survivors, among them four children" 19 and 4 (a number word opening
  the row reads as digits would, three-hundredth), "about 60 people on board two days
  earlier" 60 "about" and 2 days, "the number of deaths this year to at least 29"
  "at_least", "Four people died, a 12-year-old girl among them" 4 and 12 years (ages are
  durations), „74 Menschen“, „elf unbegleitete Minderjährige und eine Schwangere“ 11 only
  („eine“ the article), „rund 1.400 Kilometer und gut vier Tage Fahrt“ 1,400 "about" and 4
  days "over" (distances are counts, two-hundred-and-seventy-ninth), „20 Tage lang
  festgesetzt“ 20 days (hundred-seventy-seventh: „für 20 Tage festgesetzt“), "a journey of
  roughly 300 km" "about", "built for 640 people, held more than 1,900" and "meant for 350
  people, was holding more than 900" the capacity with no hedge and the occupancy "over"
  (hundred-fourth). The ship's name „Caravella 2“ carries none (hundred-fourth: „Sea-Watch
  5“). New: „anderthalb Tage“ is 1.5 days - the number word for one and a half reads as
  „zweieinhalb“ 2.5 does (hundred-twentieth, three-hundred-and-eighty-eighth).
- Shares are fractions (the issue's "ein Fünftel", "jeder vierte", "two-fifths";
  hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-ninth,
  three-hundred-and-thirty-first): „Jeder dritte Erstantrag“ 0.3333 (the issue's "jeder
  vierte"; hundred-fourth: „Fast jeder dritte Erstantrag“), „Gut ein Drittel davon“ 0.3333
  "over", „knapp die Hälfte davon“ 0.5 "nearly", „rund jedes vierte Gesuch“ 0.25 "about"
  (hundred-fourth: „Etwa jede vierte geplante Abschiebung“), „gut zwei Drittel der
  Wartenden“ 0.6667 "over", „Knapp ein Viertel der Abgeschobenen“ 0.25 "nearly", „rund die
  Hälfte der Kosten“ 0.5 "about", „gut die Hälfte davon“ 0.5 "over", „Mehr als jede zweite
  Zurückweisung“ 0.5 "over" (two-hundred-and-seventy-ninth: „fast jeder zweite“), „in mehr
  als neun von zehn Fällen“ 0.9 "over" (two-hundred-and-seventy-sixth: "about nine in ten"
  0.9), „Fast jeder fünfte Antrag“ 0.2 "nearly", "Nearly one in five" 0.2 "nearly", "roughly
  a fifth more than by this point a year ago" 0.2 "about" (a share written as a rise,
  hundred-seventy-seventh), "Almost half of them" 0.5 "nearly", "rose by about a third"
  0.3333 "about" ("by" no hedge), "roughly three in ten detections" 0.3 "about"
  (two-hundred-and-seventy-sixth: "X in Y" with more than one in the numerator), "fell by
  almost two-thirds" 0.6667 "nearly", "almost a third down on July last year" 0.3333
  "nearly" (three-hundred-and-thirty-first: "a quarter fewer"), "fewer than one in three
  decisions" 0.3333 "under", "just over half" 0.5 "over" (three-hundredth: "just under half"
  - "just" intensifies), "Roughly three-quarters" 0.75 "about", "roughly two-thirds of the
  deaths" 0.6667 "about". New: „etwa ein Achtel aller Anträge“ is 0.125 "about" - an eighth
  is a fraction as "about one in eight" 0.125 (three-hundredth) and „knapp ein Sechstel“
  0.1667 (three-hundredth). Multiples above one stay counts (hundred-seventy-seventh,
  three-hundred-and-thirty-first): "almost three times the number" 3 "nearly", "more than
  four times the number" 4 "over", "almost twice as many as in June" 2 "nearly" ("twice" 2,
  two-hundred-and-seventy-sixth; hundred-sixteenth: „fast doppelt so viel“ 2 "nearly").
- Ordinals and durations (the issue: "zum zweiten Mal", "fünfstündigen Treffen", "a two-week
  visit"): „im ersten Halbjahr“ 1 (four times), "in the first half of the year" 1, „der
  dritte Flug dieser Art“ 3 (two-hundred-and-seventy-ninth: „der dritte Abschiebeflug“),
  „zum ersten Mal Asyl beantragt“ 1 (the issue's „zum zweiten Mal“), "a first decision" 1
  (twice), "in the first two weeks of August" 1 and 2 weeks, "over the first seven months" 1
  and 7 months ("over" before "the" no hedge; hundred-fourth: "in the first nine months"),
  "in the first four days of September" 1 and 4 days, "in the previous 12 months" 12 months
  (hundred-seventy-seventh: "in the 12 months to September"), „durchschnittlich 8,3 Monate,
  ... noch 9,1 Monate“, „im Schnitt 34 Tage“, „im Schnitt nur noch 3,1 Monate“ (no hedge:
  „durchschnittlich“, „im Schnitt“, „nur noch“, „noch“), "to 11 weeks from 17 months" both,
  „so viele wie seit zwei Jahren in keinem Monat“ 2 years, „31-jähriger“, „Der 38 Jahre alte
  Fahrer“ and "a 12-year-old girl" ages in years. New: "the year's first half" is ordinal 1
  as "the first half of the year" (three-hundred-and-thirty-first), while "the highest
  half-year total" and „Die Halbjahresbilanz“ carry none - "half-year" names a reporting
  period, not a share, and only "first" counts it. New: „Bis zu einer Entscheidung vergingen
  ...“ carries neither a hedge nor a count - „Bis zu“ there is the preposition of time
  "until" before the article „einer“, not the bound „bis zu“ before a figure ("up_to", every
  batch), and the durations after it keep no hedge. None: „im Vorjahresmonat“, „zum
  Vorjahresmonat“, „im Vorjahreszeitraum“, „gegenüber der Vorjahresperiode“, „ein Jahr
  zuvor“, „im Jahr davor“, „im vergangenen Jahr“, „vergangenen Jahres“ after a date, „seit
  Jahresbeginn“, „in diesem Jahr“, „Von Jänner bis Juli“, „Von Jänner bis Juni“, „Ende
  Juli“, „Ende Juni“, „Ende Monat“, „ab Januar“, „ab Jänner“, „im Monat“, „pro Monat“,
  „jährlich“, „täglich“, „Übers Jahr“, „für das Gesamtjahr“, „im Frühjahr“, „Seit Juni“,
  „seit Ende“ before a year, „am Mittwochmorgen“, "last year", "a year earlier", "a year
  ago", "this year", "so far this year", "by this time last year", "since January", "since
  April", "since May", "since Friday", "since late last year", "in the year to June",
  "between January and July", "at the end of June", "at the start of the year", "before
  December", "by November", "over the weekend", "on Sunday night", "With a day still to go",
  "a day", "a night", "a month", months alone and weekdays.
- Years and dates: „seit dem Sommer 2024“, „seit 2013“, „seit Ende 2022“, "since 2021",
  "since 2018", "since September 2022", "in 2023" the year. New: „am 8. Mai vergangenen
  Jahres“ is --05-08 - a day and month whose year is named only relative to now are a date
  without a year (three-hundred-and-thirty-first: „Seit dem 7. Mai vergangenen Jahres“);
  „bis zum 2. Oktober“ --10-02, "The busiest day was July 19" --07-19. Reuters and AFP
  English datelines with a day are dates without a year ("LONDON, Aug 3", "ROME, Aug 4",
  "BERLIN, Aug 10", "MADRID, Aug 10", "WARSAW, Aug 12", "ATHENS, Aug 14", "BOULOGNE-SUR-MER,
  Aug 17 (AFP)", "DUBLIN, Aug 19", "LONDON, Aug 21", "WARSAW, Aug 24 (AFP)", "BRUSSELS, Aug
  26", "AMSTERDAM, Aug 27", "GENEVA, Aug 28 (AFP)", "LONDON, Aug 31", "VIENNA, Aug 31",
  "TUNIS, Sept 1"; hundred-sixtieth, three-hundred-and-eighty-eighth); dpa (also "dpa/lnw",
  "dpa/lby"), APA, Keystone-SDA, AP ("ROME (AP) —", "LAMPEDUSA, Italy (AP) —") and PA
  ("LONDON (PA) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („rund 1,14 Milliarden Euro“ "about", „im
  Schnitt 2.140 Euro im Monat“, „eine Pauschale von 15.600 Euro pro Person und Jahr statt
  bisher 13.900 Euro“ both, „mindestens 18.000 Euro pro Kopf“ "at_least", „ein Handgeld von
  1.200 Euro“, „zwischen 3.000 und 5.000 Euro pro Person“ both - the currency written once
  serves both, „zwischen“ no hedge -, „9.000 Euro pro Erstantragsteller statt der bisherigen
  Pauschale von 7.900 Euro“ both, „gut 13.200 Euro pro Kopf“ "over", „Insgesamt ... 5,9
  Milliarden Euro“ („Insgesamt“ no hedge), „bis zu 1.500 Euro“ "up_to", "about 118 million
  euros" "about"), GBP ("an average of £139 per person a night, against £26", "up to £3,000"
  "up_to"), CHF („mindestens 4'200 Franken im Monat“). The base of a rate („pro Person und
  Jahr“, „pro Kopf“, „pro Person“, „pro Erstantragsteller“, „im Monat“, "per person a
  night") carries none (hundred-seventy-seventh).
- Counts otherwise: „bis zu 12.000 Beamtinnen und Beamte“ "up_to", „gut 27.400 Menschen“
  "over", „Darunter waren 1.930 Menschen“ („Darunter“ no hedge), „mit 17 Migranten ...,
  darunter eine fünfköpfige Familie“ 17 and 5 (hundred-seventy-seventh: „einer fünfköpfigen
  Familie“), „mit 15 zu 10 Stimmen“ 15 and 10 (hundred-fourth: "by six votes to one"), „mit
  86 afghanischen Straftätern“, „214 mutmaßliche Schleuser“, "three additional patrol
  vessels" 3, "four new reception locations with 1,900 places in total" 4 and 1,900 ("in
  total" no hedge), "The steel fence runs for 191 km ... and is 5.4 metres high" 191 and 5.4
  (distances and heights are counts, hundred-fourth), "the 30,000 mark" 30,000, "taking the
  total for the year to more than 30,000" "over", "41 charter flights ..., against 26", "88
  people smugglers", "61 smuggling networks". None: „Jeder der Männer“, „Jeder Rückkehrer“
  (hundred-fourth: „Jeder der Männer“), „die meisten“, „Zehntausende“, "Hundreds", "most of
  the rest", "the largest single nationality", "the busiest route", "the most on any single
  day", "the deadliest incident", "the highest daily figure", "the lowest since", „dpa/lnw“,
  „dpa/lby“, „Städtetag NRW“, "EU".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“ before a figure, "about", "About",
  "Around", "roughly", "Roughly", "Some", "some" "about"; „knapp“, „Knapp“, „Fast“,
  "nearly", "Nearly", "almost", "Almost" "nearly"; „gut“, „Gut“, „mehr als“, „Mehr als“,
  "more than", "More than", "just over" "over"; "fewer than" "under"; „mindestens“, "at
  least", "At least" "at_least"; „bis zu“ before a figure, "up to" "up_to"; „höchstens“, "no
  more than" "at_most". New: „deutlich unter 95.000 Erstanträge“ is 95,000 "under" - „unter“
  right before the figure is the hedge (three-hundredth: „unter 28 Jahren“) and „deutlich“
  intensifies it as "just" does in "just under half" (three-hundredth). No hedge: „im
  Schnitt“, „durchschnittlich“, "an average of", „nur“, „nur noch“, „noch“, „zuletzt“,
  „bislang“, „bereits“, „Allein“, "alone", „Insgesamt“, "A total of", "in total",
  „Zusätzlich“, „Darunter“, „zwischen“, "currently", "each", "well above its", "over" before
  "the", „frühestens“, "limited to" and the „über“ that „entscheiden“ takes.
- Speakers, checked only in forms the earlier batches settled: „teilte die Bundespolizei
  mit“ -> "die Bundespolizei" and „teilte das Staatssekretariat für Migration (SEM) mit“ ->
  "das Staatssekretariat für Migration" without the abbreviation (hundred-seventy-seventh,
  three-hundred-and-thirty-first); „Die Zahlen teilte das Bundesamt für Migration und
  Flüchtlinge zur Wochenmitte mit.“ -> "das Bundesamt für Migration und Flüchtlinge"
  (hundred-seventy-seventh) - New: „zur Wochenmitte“ is dropped as a weekday is
  (hundred-fourteenth) and as „zum Wochenschluss“ was (three-hundred-and-twenty-fourth) -;
  „nach Angaben des Bundesinnenministeriums“ -> "das Bundesinnenministerium" and „nach
  Angaben des Bamf“ -> "das Bamf" (hundred-fourth: „Nach Schätzungen des BAMF“ -> "das
  BAMF"; hundred-seventy-seventh); „laut BFA“ -> "BFA" (hundred-seventy-seventh); the office
  heading "X sagte, ..." -> the name with title and party dropped („Bundesinnenminister
  Konstantin Rautenberg (CSU)“, „GdP-Vize Dirk Wollenhaupt“, „Bamf-Präsident Reinhold
  Ebersbach“, „Innenminister Reinhard Pürstl (ÖVP)“, „SEM-Vizedirektorin Daniela
  Rüegsegger“, „Die Linken-Abgeordnete Svenja Krauthausen“, „Flüchtlingsministerin Carola
  Vennemann (Grüne)“, „Landkreistag-Präsident Werner Kuhlenkamp“, „Regierungssprecher
  Matthias Oberländer“, „BFA-Direktor Herbert Zankl“, „Bundesrätin Elisabeth Amstad-Keller“;
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first), „Ahlbrecht sagte, ...“
  opening the row (forty-second), „Rautenberg sagte der „Rheinischen Post“, ...“ ->
  "Rautenberg" (the paper dropped, hundred-seventy-seventh). English: "..., the Home Office
  said." -> "the Home Office" (hundred-seventy-seventh), the name with the role dropped
  ("Home Secretary Eleanor Whitcombe said", "IOM spokesperson Adaeze Okwuosa said",
  "regional President Armando Cubillo-Padrón said" - hundred-fourth: "regional President
  Fernando Acosta" -, "Frontex spokesman Tomasz Wereszczak said", "Migration Minister Kostas
  Alevizatos said", "Migration Minister Ciarán Duggan-Roe said", "Border Security Commander
  Alistair Penhaligon said", "Border Guard spokeswoman Katarzyna Wilkosz said", "Asylum
  Minister Femke Bosmans-Tiel said"; three-hundred-and-thirty-first), "Interior Minister
  Vittorio Sandrelli told reporters" and "UNHCR spokeswoman Marit Oyelaran told reporters"
  ("told reporters" names the speaker, two-hundred-and-fourth), "Frontex said on Wednesday"
  -> "Frontex" (hundred-fourth, hundred-seventy-seventh), "the coast guard said on Friday"
  -> "the coast guard", "the International Organization for Migration said Thursday" -> "the
  International Organization for Migration" (hundred-seventy-seventh), "The prefecture said"
  -> "the prefecture" (hundred-seventy-seventh), "The Refugee Council said" -> "the Refugee
  Council" (hundred-seventy-seventh), "the EU Agency for Asylum (EUAA) said on Wednesday" ->
  "the EU Agency for Asylum" without the abbreviation (hundred-seventy-seventh: "(COA)";
  three-hundred-and-thirty-first). Left unchecked (None): all negatives, also those with a
  named speaker; roles and pronouns („sagte eine Sprecherin der Organisation“, „sagte ein
  Sprecher des Ministeriums“, „Ein Sprecher der Ministerpräsidentenkonferenz sagte“, "a
  National Guard spokesman said", "He said", "She said", "the agency added", "the agency
  said"); plural, anonymous and collective sources („nach Angaben aus Fraktionskreisen“,
  „nach Behördenangaben“, „nach eigenen Angaben“, „Nach Berechnungen der Länder“, "French
  police said", "Local officials said", "lawmakers said"); descriptive nouns and adjectives
  before a name („teilte die Hilfsorganisation Libera Rotta mit“, "The charity Harbour Light
  said", "the regional maritime prefecture said", "The U.N. refugee agency UNHCR said", "the
  Dutch reception agency COA said", "The Irish Refugee Council said";
  hundred-seventy-seventh, three-hundred-and-thirty-first) and a description between name
  and verb ("The Italian Red Cross, which runs the centre, said"; three-hundredth);
  documents and data („geht aus der Statistik des Innenministeriums hervor“, „heißt es in
  einem Bericht“, „wie aus einer Antwort der Bundesregierung hervorgeht“, "according to Home
  Office figures", "Interior Ministry data showed", "Interior Ministry figures showed",
  "Department of Justice figures showed", "Home Office statistics show", "Home Office data
  showed", "a draft law showed", "according to notes attached to the draft", "according to
  UNHCR"); estimating and other verbs that are not of saying („bezifferte“, „Nach
  Schätzungen des SEM“, „fordert“, „verlangen“, „veröffentlichte“, „hält ... für“, „wies
  darauf hin“ - two-hundred-and-twenty-second: „verwies darauf“ -, "cautioned"); „wie das
  Statistische Bundesamt mitteilte“ (two-hundred-and-fourth leaves „wie ... mitteilte“
  unchecked). As the three-hundred-and-thirty-first and three-hundred-and-eighty-eighth
  batches did, and to keep the checked speakers near 35, this batch also leaves unchecked
  forms it could have checked: „laut SEM“ on the rate, „teilte das Auswärtige Amt mit“,
  „teilte die Bundespolizei mit“ (Passau), „Innenminister Pürstl sagte“ on the quota, "The
  coast guard said" (Lampedusa), "The Home Office said" on hotels and on French officers,
  "Home Secretary Eleanor Whitcombe told MPs", "the foreign ministry said" and "Home Office
  minister Jonathan Aske-Morley said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_391 = [
    # --- Channel crossings in July (Reuters), August 3 ---
    (
        "en",
        "LONDON, Aug 3 (Reuters) - Some 4,870 migrants made the Channel crossing in small boats during July, about 9% below the figure for July last year, according to Home Office figures.",
        True,
        [("date", "--08-03", None, None), ("count", 4870, None, "about"), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "That works out at an average of 157 people a day, with 88 boats making the journey.",
        True,
        [("count", 157, None, None), ("count", 88, None, None)],
        None,
    ),
    (
        "en",
        "The busiest day was July 19, when 846 people arrived in 13 boats, the Home Office said.",
        True,
        [("date", "--07-19", None, None), ("count", 846, None, None), ("count", 13, None, None)],
        "the Home Office",
    ),
    (
        "en",
        "Boats carried an average of 55 people each, against 47 in July last year.",
        True,
        [("count", 55, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Nearly one in five of those arriving was Eritrean, the largest single nationality.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Home Secretary Eleanor Whitcombe said 1,312 people had been returned to France since the returns agreement with Paris took effect.",
        True,
        [("count", 1312, None, None)],
        "Eleanor Whitcombe",
    ),
    ("en", '"The gangs are running out of road, and we will keep closing it," Whitcombe said.', False, [], None),
    (
        "en",
        'Shadow Home Secretary Rupert Fanshawe called the figures "proof that the government has lost its grip."',
        False,
        [],
        None,
    ),
    (
        "en",
        "French police said they had prevented roughly 2,900 attempted crossings over the month.",
        True,
        [("count", 2900, None, "about")],
        None,
    ),
    (
        "en",
        "The charity Harbour Light said at least seven people had drowned in the Channel since January.",
        True,
        [("count", 7, None, "at_least")],
        None,
    ),
    # --- Zurückweisungen an den Landgrenzen (dpa), Dienstag, 4. August ---
    (
        "de",
        "Potsdam (dpa) - Seit der Anordnung verschärfter Grenzkontrollen am 8. Mai vergangenen Jahres hat die Bundespolizei an den deutschen Landgrenzen gut 27.400 Menschen zurückgewiesen.",
        True,
        [("date", "--05-08", None, None), ("count", 27400, None, "over")],
        None,
    ),
    (
        "de",
        "Darunter waren 1.930 Menschen, die bei der Kontrolle um Asyl gebeten hatten, teilte die Bundespolizei mit.",
        True,
        [("count", 1930, None, None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Mehr als jede zweite Zurückweisung erfolgte an der Grenze zu Polen oder Tschechien.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Allein im Juli zählten die Beamten 1.604 Zurückweisungen, knapp 300 weniger als im Juni.",
        True,
        [("count", 1604, None, None), ("count", 300, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bundesinnenminister Konstantin Rautenberg (CSU) sagte, die Zahl der unerlaubten Einreisen sei im ersten Halbjahr um 41 Prozent zurückgegangen.",
        True,
        [("ordinal", 1, None, None), ("percent", 41, "%", None)],
        "Konstantin Rautenberg",
    ),
    ("de", "„Wer glaubt, die Grenze sei wieder offen, der irrt sich“, sagte Rautenberg.", False, [], None),
    (
        "de",
        "GdP-Vize Dirk Wollenhaupt sagte, für die Kontrollen seien täglich bis zu 12.000 Beamtinnen und Beamte im Einsatz.",
        True,
        [("count", 12000, None, "up_to")],
        "Dirk Wollenhaupt",
    ),
    (
        "de",
        "Polens Regierung kritisierte die Zurückweisungen erneut als „einseitig und unfreundlich“.",
        False,
        [],
        None,
    ),
    # --- Arrivals in Italy (Reuters), August 4 ---
    (
        "en",
        "ROME, Aug 4 (Reuters) - Nearly 31,600 migrants have reached Italy by sea since January, roughly a fifth more than by this point a year ago, Interior Ministry data showed.",
        True,
        [("date", "--08-04", None, None), ("count", 31600, None, "nearly"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Almost half of them set off from Libya, with most of the rest leaving from Tunisia.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Interior Minister Vittorio Sandrelli told reporters that 14 smugglers had been arrested in Sicily in July alone.",
        True,
        [("count", 14, None, None)],
        "Vittorio Sandrelli",
    ),
    ("en", '"Our coasts are Europe\'s border, and Europe keeps forgetting it," Sandrelli said.', False, [], None),
    (
        "en",
        "The coast guard said it had brought 1,212 people ashore on Lampedusa over the weekend in 27 separate operations.",
        True,
        [("count", 1212, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "The island's reception centre, built for 640 people, held more than 1,900 on Sunday night, the Italian Red Cross said.",
        True,
        [("count", 640, None, None), ("count", 1900, None, "over")],
        None,
    ),
    ("en", 'The mayor of Lampedusa said the island had "once again been left to cope on its own."', False, [], None),
    # --- Lampedusa (AP), August 4 ---
    (
        "en",
        "LAMPEDUSA, Italy (AP) — Hundreds of people waited in the sun outside the island's reception centre on Tuesday as buses ferried new arrivals up from the harbour.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Italian Red Cross, which runs the centre, said 1,480 people had been transferred to Sicily and the mainland since Friday.",
        True,
        [("count", 1480, None, None)],
        None,
    ),
    (
        "en",
        '"We empty the centre in the morning and it is full again by night," said a Red Cross worker who asked not to be named.',
        False,
        [],
        None,
    ),
    # --- Asylzahlen Juli (dpa), Mittwoch, 5. August ---
    (
        "de",
        "Nürnberg (dpa) - Die Zahl der Asyl-Erstanträge in Deutschland ist im Juli auf 7.942 gesunken, das waren knapp 18 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 7942, None, None), ("percent", 18, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Zusätzlich registrierte das Bundesamt 1.186 Folgeanträge, also etwa ein Achtel aller Anträge.",
        True,
        [("count", 1186, None, None), ("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahlen teilte das Bundesamt für Migration und Flüchtlinge zur Wochenmitte mit.",
        True,
        [],
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "de",
        "Jeder dritte Erstantrag entfiel auf Menschen aus Afghanistan (2.641), dahinter folgten Syrien (1.377) und die Türkei (702).",
        True,
        [
            ("fraction", 0.3333, None, None),
            ("count", 2641, None, None),
            ("count", 1377, None, None),
            ("count", 702, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Gesamtschutzquote lag bei 38,4 Prozent und damit um 4,1 Punkte unter dem Wert des Vormonats.",
        True,
        [("percent", 38.4, "%", None), ("percent", 4.1, "pp", None)],
        None,
    ),
    (
        "de",
        "Lässt man formelle Entscheidungen etwa über Dublin-Fälle außen vor, ergibt sich eine bereinigte Schutzquote von 57,9 Prozent.",
        True,
        [("percent", 57.9, "%", None)],
        None,
    ),
    (
        "de",
        "Bamf-Präsident Reinhold Ebersbach sagte, das Amt habe im Juli über 10.412 Asylanträge entschieden, so viele wie seit zwei Jahren in keinem Monat.",
        True,
        [("count", 10412, None, None), ("duration", 2, "year", None)],
        "Reinhold Ebersbach",
    ),
    (
        "de",
        "„Wir bauen den Rückstand Monat für Monat ab, und das merken auch die Kommunen“, sagte Ebersbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis zu einer Entscheidung vergingen im Juli durchschnittlich 8,3 Monate, ein Jahr zuvor waren es noch 9,1 Monate.",
        True,
        [("duration", 8.3, "month", None), ("duration", 9.1, "month", None)],
        None,
    ),
    (
        "de",
        "Pro Asyl nannte die sinkende Schutzquote „ein Alarmzeichen für die Qualität der Verfahren“.",
        False,
        [],
        None,
    ),
    # --- Asylstatistik Juli (APA), Donnerstag, 6. August ---
    (
        "de",
        "Wien (APA) - In Österreich ist die Zahl der Asylanträge im Juli auf 1.214 zurückgegangen, das entspricht einem Minus von 27 Prozent zum Vorjahresmonat.",
        True,
        [("count", 1214, None, None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Von Jänner bis Juli summierten sich die Anträge damit auf 9.806.",
        True,
        [("count", 9806, None, None)],
        None,
    ),
    (
        "de",
        "Gut ein Drittel davon waren Folgeanträge oder Anträge für Kinder, die in Österreich zur Welt kamen, geht aus der Statistik des Innenministeriums hervor.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Unter den übrigen Antragstellern stellten Afghanen vor Syrern und Somaliern die größte Gruppe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Innenminister Reinhard Pürstl (ÖVP) sagte, seit dem Stopp des Familiennachzugs seien nur noch 63 Angehörige mit einem Visum eingereist.",
        True,
        [("count", 63, None, None)],
        "Reinhard Pürstl",
    ),
    ("de", "„Das System ist nicht mehr überlastet, es ist wieder unter Kontrolle“, sagte Pürstl.", False, [], None),
    (
        "de",
        "In der Grundversorgung befanden sich Ende Juli rund 51.800 Menschen, knapp die Hälfte davon Vertriebene aus der Ukraine.",
        True,
        [("count", 51800, None, "about"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    ("de", "Die Asylkoordination bezeichnete die Darstellung des Ministers als „Schönfärberei“.", False, [], None),
    # --- Shipwreck off Libya (AP), August 6 ---
    (
        "en",
        "ROME (AP) — At least 41 migrants are feared dead after their rubber dinghy capsized off the Libyan coast, the International Organization for Migration said Thursday.",
        True,
        [("count", 41, None, "at_least")],
        "the International Organization for Migration",
    ),
    (
        "en",
        "Nineteen survivors, among them four children, were picked up by a merchant vessel and taken to Lampedusa.",
        True,
        [("count", 19, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Survivors told aid workers the dinghy had left Zuwara with about 60 people on board two days earlier.",
        True,
        [("count", 60, None, "about"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "IOM spokesperson Adaeze Okwuosa said 1,134 people had lost their lives or disappeared on the route from North Africa to Italy since January.",
        True,
        [("count", 1134, None, None)],
        "Adaeze Okwuosa",
    ),
    ("en", '"Behind every dinghy that sinks there is a decision not to send a ship," Okwuosa said.', False, [], None),
    ("en", "AP could not independently confirm the survivors' account of the journey.", False, [], None),
    # --- Asylgesuche Juli (Keystone-SDA), Freitag, 7. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Juli sind in der Schweiz 1'873 Asylgesuche eingereicht worden, 146 weniger als im Vormonat.",
        True,
        [("count", 1873, None, None), ("count", 146, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber der Vorjahresperiode entspricht das einem Rückgang um 19,6 Prozent, teilte das Staatssekretariat für Migration (SEM) mit.",
        True,
        [("percent", 19.6, "%", None)],
        "das Staatssekretariat für Migration",
    ),
    ("de", "An der Spitze der Herkunftsländer standen Afghanistan, Eritrea und Algerien.", True, [], None),
    (
        "de",
        "Die Schutzquote lag laut SEM bei 31,2 Prozent, rund jedes vierte Gesuch führte zu einer vorläufigen Aufnahme.",
        True,
        [("percent", 31.2, "%", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Von den rund 9'800 Plätzen in den Bundesasylzentren waren Ende Monat 5'140 belegt.",
        True,
        [("count", 9800, None, "about"), ("count", 5140, None, None)],
        None,
    ),
    (
        "de",
        "SEM-Vizedirektorin Daniela Rüegsegger sagte, seit Januar seien 2'306 abgewiesene Asylsuchende auf dem Luftweg in ihre Heimat- oder in Drittstaaten zurückgeführt worden.",
        True,
        [("count", 2306, None, None)],
        "Daniela Rüegsegger",
    ),
    ("de", "«Von einer Notlage kann keine Rede mehr sein», sagte Rüegsegger.", False, [], None),
    ("de", "Die SVP sprach von «Kosmetik an einem kaputten System».", False, [], None),
    # --- Familiennachzug (dpa), Montag, 10. August ---
    (
        "de",
        "Berlin (dpa) - Nach dem Ende der zweijährigen Aussetzung soll der Familiennachzug zu subsidiär Schutzberechtigten auf 600 Angehörige pro Monat begrenzt werden.",
        True,
        [("duration", 2, "year", None), ("count", 600, None, None)],
        None,
    ),
    ("de", "Darauf haben sich die Koalitionsfraktionen nach Angaben aus Fraktionskreisen verständigt.", True, [], None),
    (
        "de",
        "Übers Jahr gerechnet könnten damit höchstens 7.200 Menschen nachziehen, Härtefälle nicht mitgezählt.",
        True,
        [("count", 7200, None, "at_most")],
        None,
    ),
    (
        "de",
        "Ende Juli warteten rund 9.300 Angehörige auf einen Termin an einer deutschen Auslandsvertretung, teilte das Auswärtige Amt mit.",
        True,
        [("count", 9300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Linken-Abgeordnete Svenja Krauthausen sagte, gut zwei Drittel der Wartenden seien Frauen und minderjährige Kinder.",
        True,
        [("fraction", 0.6667, None, "over")],
        "Svenja Krauthausen",
    ),
    ("de", "„Eine Familie lässt sich nicht kontingentieren“, sagte Krauthausen.", False, [], None),
    (
        "de",
        "Ob die Regelung vor dem Bundesverfassungsgericht Bestand hätte, ist unter Juristen umstritten.",
        False,
        [],
        None,
    ),
    # --- Germany caps family reunification (Reuters), August 10 ---
    (
        "en",
        "BERLIN, Aug 10 (Reuters) - Germany's ruling coalition has agreed to limit family reunification for refugees with subsidiary protection to 600 relatives a month once a two-year suspension ends, lawmakers said.",
        True,
        [("date", "--08-10", None, None), ("count", 600, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "About 9,300 relatives were waiting for visa appointments at German missions abroad at the end of July, the foreign ministry said.",
        True,
        [("count", 9300, None, "about")],
        None,
    ),
    ("en", 'The opposition Greens called the cap "cruel and legally shaky."', False, [], None),
    # --- Canary Islands (Reuters), August 10 ---
    (
        "en",
        "MADRID, Aug 10 (Reuters) - Arrivals on the Canary Islands fell by nearly 60% to 10,940 between January and July, Interior Ministry figures showed.",
        True,
        [("date", "--08-10", None, None), ("percent", 60, "%", "nearly"), ("count", 10940, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals in the Balearic Islands from Algeria, by contrast, rose by about a third.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "The islands were caring for 4,870 unaccompanied minors, more than four times the number their reception system was designed for, regional President Armando Cubillo-Padrón said.",
        True,
        [("count", 4870, None, None), ("count", 4, None, "over")],
        "Armando Cubillo-Padrón",
    ),
    ("en", '"The Canaries have done their part, and more," Cubillo-Padrón said.', False, [], None),
    (
        "en",
        "Madrid has agreed to move 1,000 of the minors to regions on the mainland before December.",
        True,
        [("count", 1000, None, None)],
        None,
    ),
    # --- Frontex (Reuters), August 12 ---
    (
        "en",
        "WARSAW, Aug 12 (Reuters) - Irregular entries to the EU dropped by about 22% to roughly 112,300 over the first seven months, Frontex said on Wednesday.",
        True,
        [
            ("date", "--08-12", None, None),
            ("percent", 22, "%", "about"),
            ("count", 112300, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 7, "month", None),
        ],
        "Frontex",
    ),
    (
        "en",
        "The central Mediterranean remained the busiest route, accounting for roughly three in ten detections.",
        True,
        [("fraction", 0.3, None, "about")],
        None,
    ),
    (
        "en",
        "Detections on the Western Balkans route fell by almost two-thirds, and those on the West African route to the Canaries by 38%.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Frontex cautioned that the same person can be detected several times, so the totals overstate the number of individuals.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Frontex spokesman Tomasz Wereszczak said the agency currently had 2,350 officers deployed along the EU's external borders.",
        True,
        [("count", 2350, None, None)],
        "Tomasz Wereszczak",
    ),
    (
        "en",
        '"The numbers are moving in the right direction, but the pressure has not gone away," Wereszczak said.',
        False,
        [],
        None,
    ),
    # --- Abschiebungen im ersten Halbjahr (dpa), Mittwoch, 12. August ---
    (
        "de",
        "Berlin (dpa) - Deutschland hat im ersten Halbjahr 11.960 Menschen abgeschoben, rund 1.400 mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 11960, None, None), ("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Das ergibt sich aus einer Antwort des Bundesinnenministeriums auf eine parlamentarische Anfrage der Linksfraktion.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Knapp ein Viertel der Abgeschobenen wurde im Rahmen der Dublin-Regeln in andere EU-Staaten überstellt.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "Die meisten Abschiebungen gingen in die Türkei, nach Georgien und nach Nordmazedonien.", True, [], None),
    (
        "de",
        "Ende Juni galten 218.740 Menschen als ausreisepflichtig, rund 175.000 von ihnen hatten eine Duldung.",
        True,
        [("count", 218740, None, None), ("count", 175000, None, "about")],
        None,
    ),
    (
        "de",
        "Krauthausen wies darauf hin, dass unter den Abgeschobenen auch 312 Minderjährige gewesen seien.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "„Abschiebungen sind kein Selbstzweck, aber ohne sie verliert das Asylrecht seine Glaubwürdigkeit“, sagte ein Sprecher des Ministeriums.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der gescheiterten Abschiebungen bezifferte das Ministerium auf 14.310, meist weil die Betroffenen nicht angetroffen wurden.",
        True,
        [("count", 14310, None, None)],
        None,
    ),
    # --- Unterbringungskosten (dpa/lnw), Donnerstag, 13. August ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Nordrhein-Westfalen hat im ersten Halbjahr rund 1,14 Milliarden Euro für die Unterbringung und Versorgung von Geflüchteten ausgegeben.",
        True,
        [("ordinal", 1, None, None), ("money", 1140000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Platz in einer Landesunterkunft kostete im Schnitt 2.140 Euro im Monat, heißt es in einem Bericht an den Landtag.",
        True,
        [("money", 2140, "EUR", None)],
        None,
    ),
    (
        "de",
        "Von den 31.200 Plätzen in den Landeseinrichtungen waren zuletzt nur 19.870 belegt.",
        True,
        [("count", 31200, None, None), ("count", 19870, None, None)],
        None,
    ),
    (
        "de",
        "Flüchtlingsministerin Carola Vennemann (Grüne) sagte, das Land zahle den Kommunen ab Januar eine Pauschale von 15.600 Euro pro Person und Jahr statt bisher 13.900 Euro.",
        True,
        [("money", 15600, "EUR", None), ("money", 13900, "EUR", None)],
        "Carola Vennemann",
    ),
    ("de", "„Wir lassen die Städte mit dieser Aufgabe nicht allein“, sagte Vennemann.", False, [], None),
    (
        "de",
        "Der Städtetag NRW fordert dagegen mindestens 18.000 Euro pro Kopf.",
        True,
        [("money", 18000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Landkreistag-Präsident Werner Kuhlenkamp sagte, viele Kreise trügen bislang rund die Hälfte der Kosten aus eigener Tasche.",
        True,
        [("fraction", 0.5, None, "about")],
        "Werner Kuhlenkamp",
    ),
    ("de", "Kuhlenkamp nannte die neue Pauschale „einen Tropfen auf den heißen Stein“.", False, [], None),
    # --- Crete (Reuters), August 14 ---
    (
        "en",
        "ATHENS, Aug 14 (Reuters) - More than 2,300 migrants landed on the southern coast of Crete and on Gavdos in the first two weeks of August, the coast guard said on Friday.",
        True,
        [
            ("date", "--08-14", None, None),
            ("count", 2300, None, "over"),
            ("ordinal", 1, None, None),
            ("duration", 2, "week", None),
        ],
        "the coast guard",
    ),
    (
        "en",
        "That is almost three times the number recorded in the same period a year earlier.",
        True,
        [("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "Most of the boats set off from the area around Tobruk in eastern Libya, a journey of roughly 300 km.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Migration Minister Kostas Alevizatos said Greece would ask Frontex for three additional patrol vessels for the waters south of Crete.",
        True,
        [("count", 3, None, None)],
        "Kostas Alevizatos",
    ),
    ("en", '"Crete cannot become the new front door to Europe," Alevizatos said.', False, [], None),
    (
        "en",
        "Local officials said the temporary shelter in Chania, meant for 350 people, was holding more than 900.",
        True,
        [("count", 350, None, None), ("count", 900, None, "over")],
        None,
    ),
    ("en", "Residents of Agia Galini said they felt forgotten by Athens.", False, [], None),
    # --- Deaths off Boulogne (AFP), August 17 ---
    (
        "en",
        "BOULOGNE-SUR-MER, Aug 17 (AFP) - Four people died, a 12-year-old girl among them, early on Sunday when an overcrowded dinghy got into trouble off the French coast.",
        True,
        [("date", "--08-17", None, None), ("count", 4, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Rescuers pulled 67 people from the water, the regional maritime prefecture said.",
        True,
        [("count", 67, None, None)],
        None,
    ),
    (
        "en",
        "It was the deadliest incident in the Channel since April and took the number of deaths this year to at least 29.",
        True,
        [("count", 29, None, "at_least")],
        None,
    ),
    (
        "en",
        "The prefecture said the dinghy had been carrying about 70 people.",
        True,
        [("count", 70, None, "about")],
        "the prefecture",
    ),
    ("en", 'A local volunteer described "children shaking with cold on the sand."', False, [], None),
    (
        "en",
        'France\'s interior minister said the smugglers behind the crossing would be "hunted down."',
        False,
        [],
        None,
    ),
    # --- Rettungsschiff (dpa), Dienstag, 18. August ---
    (
        "de",
        "Rom (dpa) - Das private Rettungsschiff „Caravella 2“ hat im zentralen Mittelmeer 74 Menschen aus einem überfüllten Holzboot gerettet.",
        True,
        [("count", 74, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Geretteten seien elf unbegleitete Minderjährige und eine Schwangere, teilte die Hilfsorganisation Libera Rotta mit.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Als sicheren Hafen teilten die italienischen Behörden dem Schiff Ancona zu, rund 1.400 Kilometer und gut vier Tage Fahrt entfernt.",
        True,
        [("count", 1400, None, "about"), ("duration", 4, "day", "over")],
        None,
    ),
    (
        "de",
        "„Jeder unnötige Tag auf See fehlt uns bei der Rettung anderer“, sagte Kapitän Jonas Ahlbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf die Zuweisung eines Hafens habe die Crew anderthalb Tage warten müssen, sagte eine Sprecherin der Organisation.",
        True,
        [("duration", 1.5, "day", None)],
        None,
    ),
    (
        "de",
        "Ahlbrecht sagte, die Crew habe in diesem Jahr bereits 1.083 Menschen an Bord genommen.",
        True,
        [("count", 1083, None, None)],
        "Ahlbrecht",
    ),
    (
        "de",
        "Im Frühjahr hatten die Behörden das Schiff 20 Tage lang festgesetzt, weil die Crew eine Anweisung der Küstenwache missachtet haben soll.",
        True,
        [("duration", 20, "day", None)],
        None,
    ),
    ("de", "Die Regierung in Rom wirft den Seenotrettern vor, Schleppern in die Hände zu arbeiten.", False, [], None),
    # --- Abschiebeflug nach Kabul (dpa), Mittwoch, 19. August ---
    (
        "de",
        "Leipzig (dpa) - Am Mittwochmorgen ist vom Flughafen Leipzig/Halle ein Abschiebeflug mit 86 afghanischen Straftätern an Bord in Richtung Kabul gestartet.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Es war der dritte Flug dieser Art seit dem Sommer 2024.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Jeder der Männer erhielt nach Angaben des Bundesinnenministeriums ein Handgeld von 1.200 Euro.",
        True,
        [("money", 1200, "EUR", None)],
        "das Bundesinnenministerium",
    ),
    (
        "de",
        "Regierungssprecher Matthias Oberländer sagte, der Flug sei mit Hilfe Katars organisiert worden, direkte Gespräche mit den Taliban habe es nicht gegeben.",
        True,
        [],
        "Matthias Oberländer",
    ),
    (
        "de",
        "„Schwere Straftäter haben ihr Aufenthaltsrecht verwirkt, egal woher sie kommen“, sagte Oberländer.",
        False,
        [],
        None,
    ),
    ("de", "Amnesty International nannte den Flug „ein fatales Signal an die Taliban“.", False, [], None),
    (
        "de",
        "Unter den Abgeschobenen war nach Behördenangaben auch ein 31-jähriger Mann, der wegen Totschlags verurteilt worden war.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    # --- Ireland (Reuters), August 19 ---
    (
        "en",
        "DUBLIN, Aug 19 (Reuters) - Ireland received 1,327 applications for international protection in July, almost a third down on July last year, Department of Justice figures showed.",
        True,
        [("date", "--08-19", None, None), ("count", 1327, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "The state was housing some 32,400 people in its accommodation system at the end of the month, including about 4,900 in emergency centres.",
        True,
        [("count", 32400, None, "about"), ("count", 4900, None, "about")],
        None,
    ),
    (
        "en",
        "Migration Minister Ciarán Duggan-Roe said the wait for a first decision had fallen to 11 weeks from 17 months a year ago.",
        True,
        [("ordinal", 1, None, None), ("duration", 11, "week", None), ("duration", 17, "month", None)],
        "Ciarán Duggan-Roe",
    ),
    ("en", '"Ireland has a fair system and, increasingly, a fast one," Duggan-Roe said.', False, [], None),
    (
        "en",
        "The Irish Refugee Council said about 2,700 men who had applied for protection were still waiting for a bed.",
        True,
        [("count", 2700, None, "about")],
        None,
    ),
    ("en", "Residents near a planned reception centre in County Galway staged a protest on Sunday.", True, [], None),
    # --- UK asylum statistics (PA), August 20 ---
    (
        "en",
        "LONDON (PA) - Asylum claims in the UK fell to 102,480 in the year to June, 6% fewer than in the previous 12 months, Home Office statistics show.",
        True,
        [("count", 102480, None, None), ("percent", 6, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The initial grant rate stood at 41%, down from 58% a year earlier.",
        True,
        [("percent", 41, "%", None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "Around 29,600 asylum seekers were being housed in hotels at the end of June, about 4,100 fewer than at the end of March.",
        True,
        [("count", 29600, None, "about"), ("count", 4100, None, "about")],
        None,
    ),
    (
        "en",
        "The Home Office said the number of hotels in use had fallen to 186 from more than 210 at the start of the year.",
        True,
        [("count", 186, None, None), ("count", 210, None, "over")],
        None,
    ),
    (
        "en",
        "Hotel places cost an average of £139 per person a night, against £26 in other asylum housing.",
        True,
        [("money", 139, "GBP", None), ("money", 26, "GBP", None)],
        None,
    ),
    (
        "en",
        "Home Secretary Eleanor Whitcombe told MPs that every asylum hotel would close before the end of the parliament.",
        True,
        [],
        None,
    ),
    ("en", 'Fanshawe said the pledge was "a slogan, not a plan."', False, [], None),
    (
        "en",
        "The backlog of claims awaiting a first decision stood at 61,900, the lowest since 2021.",
        True,
        [("ordinal", 1, None, None), ("count", 61900, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The Refugee Council said more than 4,000 people granted protection had been made homeless after leaving asylum housing in the spring.",
        True,
        [("count", 4000, None, "over")],
        "the Refugee Council",
    ),
    # --- Removals (Reuters), August 21 ---
    (
        "en",
        "LONDON, Aug 21 (Reuters) - Britain removed 9,870 people in the year's first half, about 14% more than a year earlier, Home Office data showed.",
        True,
        [
            ("date", "--08-21", None, None),
            ("count", 9870, None, None),
            ("ordinal", 1, None, None),
            ("percent", 14, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Roughly three-quarters of them left voluntarily, many with a payment of up to £3,000.",
        True,
        [("fraction", 0.75, None, "about"), ("money", 3000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Enforced returns of foreign criminals rose to 2,590, the highest half-year total since 2018.",
        True,
        [("count", 2590, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Border Security Commander Alistair Penhaligon said 41 charter flights had left the UK since January, against 26 in the same period last year.",
        True,
        [("count", 41, None, None), ("count", 26, None, None)],
        "Alistair Penhaligon",
    ),
    ("en", '"If you have no right to be here, you will be removed," Penhaligon said.', False, [], None),
    ("en", "Migrant rights groups said the removals were tearing families apart.", False, [], None),
    # --- Außerlandesbringungen (APA), Montag, 24. August ---
    (
        "de",
        "Wien (APA) - Von Jänner bis Juni hat Österreich 7.418 Personen außer Landes gebracht, gut die Hälfte davon reiste freiwillig aus.",
        True,
        [("count", 7418, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "Die Halbjahresbilanz veröffentlichte das BFA am Montag.", True, [], None),
    (
        "de",
        "Unter den zwangsweise Abgeschobenen waren laut BFA 1.762 verurteilte Straftäter.",
        True,
        [("count", 1762, None, None)],
        "BFA",
    ),
    (
        "de",
        "In Schubhaft saßen Ende Juni 318 Personen, die Anhaltedauer betrug im Schnitt 34 Tage.",
        True,
        [("count", 318, None, None), ("duration", 34, "day", None)],
        None,
    ),
    (
        "de",
        "BFA-Direktor Herbert Zankl sagte, ein Asylverfahren dauere derzeit im Schnitt nur noch 3,1 Monate.",
        True,
        [("duration", 3.1, "month", None)],
        "Herbert Zankl",
    ),
    ("de", "„Ein schnelles Nein ist fairer als ein jahrelanges Vielleicht“, sagte Zankl.", False, [], None),
    ("de", "Die Diakonie warnte, schnellere Verfahren dürften nicht auf Kosten der Sorgfalt gehen.", False, [], None),
    # --- Polish border (AFP), August 24 ---
    (
        "en",
        "WARSAW, Aug 24 (AFP) - Poland's Border Guard recorded about 1,850 attempts to cross illegally from Belarus in July, almost twice as many as in June.",
        True,
        [("date", "--08-24", None, None), ("count", 1850, None, "about"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Border Guard spokeswoman Katarzyna Wilkosz said 14 officers had been injured by stones and branches thrown over the fence since May.",
        True,
        [("count", 14, None, None)],
        "Katarzyna Wilkosz",
    ),
    (
        "en",
        "The steel fence runs for 191 km along the border and is 5.4 metres high.",
        True,
        [("count", 191, None, None), ("count", 5.4, None, None)],
        None,
    ),
    ("en", "Poland stopped accepting asylum claims at the Belarus border in March of last year.", True, [], None),
    ("en", "Human rights organisations called the suspension unlawful.", False, [], None),
    # --- Familiennachzug für vorläufig Aufgenommene (Keystone-SDA), Dienstag, 25. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Staatspolitische Kommission des Nationalrats will den Familiennachzug für vorläufig aufgenommene Personen weiter einschränken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sie stimmte am Dienstag mit 15 zu 10 Stimmen einer entsprechenden Motion der SVP zu.",
        True,
        [("count", 15, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Künftig soll ein Gesuch frühestens nach drei Jahren und nur bei einem Einkommen von mindestens 4'200 Franken im Monat möglich sein.",
        True,
        [("duration", 3, "year", None), ("money", 4200, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des SEM wären jährlich rund 1'300 Personen betroffen.",
        True,
        [("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Bundesrätin Elisabeth Amstad-Keller sagte, der Bundesrat lehne die Motion ab, weil sie gegen die Europäische Menschenrechtskonvention verstosse.",
        True,
        [],
        "Elisabeth Amstad-Keller",
    ),
    ("de", "«Wer Familien trennt, verhindert Integration», sagte SP-Nationalrätin Corinne Perrenoud.", False, [], None),
    ("de", "SVP-Fraktionschef Ueli Brändli sprach von einem «überfälligen Signal».", False, [], None),
    ("de", "Das Geschäft kommt in der Herbstsession in den Nationalrat.", True, [], None),
    # --- Schleusung bei Passau (dpa/lby), Dienstag, 25. August ---
    (
        "de",
        "Passau (dpa/lby) - Bundespolizisten haben an der Grenze zu Österreich einen Kleinbus mit 17 Migranten gestoppt, darunter eine fünfköpfige Familie aus Syrien.",
        True,
        [("count", 17, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der 38 Jahre alte Fahrer, ein Ukrainer, kam wegen Verdachts der Schleusung in Untersuchungshaft.",
        True,
        [("duration", 38, "year", None)],
        None,
    ),
    (
        "de",
        "Im Bereich der Bundespolizeidirektion München wurden seit Jahresbeginn 214 mutmaßliche Schleuser gefasst, teilte die Bundespolizei mit.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Die Migranten hätten nach eigenen Angaben zwischen 3.000 und 5.000 Euro pro Person bezahlt.",
        True,
        [("money", 3000, "EUR", None), ("money", 5000, "EUR", None)],
        None,
    ),
    ("de", "Die Beamten raten dringend davon ab, Fahrten mit Schleusern anzutreten.", False, [], None),
    # --- EU asylum figures (Reuters), August 26 ---
    (
        "en",
        "BRUSSELS, Aug 26 (Reuters) - Countries of the European Union plus Norway and Switzerland received about 399,000 asylum applications in the first half of the year, 21% fewer than a year earlier, the EU Agency for Asylum (EUAA) said on Wednesday.",
        True,
        [
            ("date", "--08-26", None, None),
            ("count", 399000, None, "about"),
            ("ordinal", 1, None, None),
            ("percent", 21, "%", None),
        ],
        "the EU Agency for Asylum",
    ),
    (
        "en",
        "Venezuelans lodged the most claims, followed by Afghans and Syrians, whose applications have fallen sharply since late last year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The EU-wide recognition rate at first instance was 29%, meaning fewer than one in three decisions granted some form of protection.",
        True,
        [("percent", 29, "%", None), ("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "en",
        "Germany, Spain and France together accounted for just over half of all applications.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Some 912,000 cases were still awaiting a decision at the end of June.",
        True,
        [("count", 912000, None, "about")],
        None,
    ),
    (
        "en",
        "Decisions at first instance totalled about 371,000, the agency said.",
        True,
        [("count", 371000, None, "about")],
        None,
    ),
    (
        "en",
        "Rights groups said the decline reflected tougher border policies rather than fewer people in need.",
        False,
        [],
        None,
    ),
    # --- Flüchtlingskosten (dpa), Mittwoch, 26. August ---
    (
        "de",
        "Berlin (dpa) - Die Länder verlangen vom Bund künftig 9.000 Euro pro Erstantragsteller statt der bisherigen Pauschale von 7.900 Euro.",
        True,
        [("money", 9000, "EUR", None), ("money", 7900, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Länder lagen die tatsächlichen Kosten im vergangenen Jahr bei gut 13.200 Euro pro Kopf.",
        True,
        [("money", 13200, "EUR", "over")],
        None,
    ),
    ("de", "Das Bundesfinanzministerium hält die Forderung für „nicht darstellbar“.", False, [], None),
    (
        "de",
        "Insgesamt gaben die Länder im vergangenen Jahr 5,9 Milliarden Euro für Asylbewerberleistungen aus, wie das Statistische Bundesamt mitteilte.",
        True,
        [("money", 5900000000, "EUR", None)],
        None,
    ),
    ("de", "Das waren knapp elf Prozent weniger als im Jahr davor.", True, [("percent", 11, "%", "nearly")], None),
    (
        "de",
        "Ein Sprecher der Ministerpräsidentenkonferenz sagte, eine Einigung solle bis zum 2. Oktober stehen.",
        True,
        [("date", "--10-02", None, None)],
        None,
    ),
    # --- Ter Apel (Reuters), August 27 ---
    (
        "en",
        "AMSTERDAM, Aug 27 (Reuters) - The Ter Apel registration centre housed 2,360 asylum seekers on Wednesday night, well above its legal limit of 2,000, the Dutch reception agency COA said.",
        True,
        [("date", "--08-27", None, None), ("count", 2360, None, None), ("count", 2000, None, None)],
        None,
    ),
    (
        "en",
        "Around 180 of them had to spend the night on chairs in a waiting room, the agency added.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "en",
        "Asylum Minister Femke Bosmans-Tiel said four new reception locations with 1,900 places in total would open by November.",
        True,
        [("count", 4, None, None), ("count", 1900, None, None)],
        "Femke Bosmans-Tiel",
    ),
    ("en", '"This is not how a wealthy country treats people," Bosmans-Tiel said.', False, [], None),
    ("en", 'Mayors in the northern province of Groningen said they felt "abandoned by The Hague."', False, [], None),
    # --- Dublin-Überstellungen (dpa), Donnerstag, 27. August ---
    (
        "de",
        "Berlin (dpa) - Von gut 37.000 Übernahmeersuchen an andere EU-Staaten hat Deutschland im ersten Halbjahr nur 3.012 Überstellungen tatsächlich umgesetzt.",
        True,
        [("count", 37000, None, "over"), ("ordinal", 1, None, None), ("count", 3012, None, None)],
        None,
    ),
    (
        "de",
        "Damit scheiterte die Überstellung in mehr als neun von zehn Fällen.",
        True,
        [("fraction", 0.9, None, "over")],
        None,
    ),
    (
        "de",
        "Die meisten Überstellungen gingen nach Österreich, Frankreich und Spanien, wie aus einer Antwort der Bundesregierung hervorgeht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Italien nimmt seit Ende 2022 praktisch keine Dublin-Rückkehrer mehr zurück.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    ("de", "Der CDU-Innenpolitiker Markus Wendehals sagte, das Dublin-System sei „faktisch tot“.", False, [], None),
    (
        "de",
        "Seit Juni gelten die Regeln des neuen europäischen Asylpakts, die Überstellungen beschleunigen sollen.",
        True,
        [],
        None,
    ),
    # --- Mediterranean toll (AFP), August 28 ---
    (
        "en",
        "GENEVA, Aug 28 (AFP) - More than 1,600 people have died or gone missing trying to cross the Mediterranean this year, according to UNHCR.",
        True,
        [("date", "--08-28", None, None), ("count", 1600, None, "over")],
        None,
    ),
    (
        "en",
        "The U.N. refugee agency UNHCR said roughly two-thirds of the deaths had happened on the crossing from Libya and Tunisia to Italy.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "UNHCR spokeswoman Marit Oyelaran told reporters that about 96,000 people had arrived by sea in Spain, Italy, Greece, Cyprus and Malta by the end of July.",
        True,
        [("count", 96000, None, "about")],
        "Marit Oyelaran",
    ),
    ("en", '"We are counting the dead while the rescue gap keeps widening," Oyelaran said.', False, [], None),
    (
        "en",
        "She said the real number was likely higher, since many boats go down without anyone noticing.",
        True,
        [],
        None,
    ),
    ("en", 'UNHCR urged European governments to "do far more to save lives at sea."', False, [], None),
    # --- Rückkehr nach Syrien (dpa), Freitag, 28. August ---
    (
        "de",
        "Berlin (dpa) - Seit dem Machtwechsel in Damaskus sind nach Angaben des Bamf 2.184 Syrerinnen und Syrer mit staatlicher Förderung freiwillig aus Deutschland zurückgekehrt.",
        True,
        [("count", 2184, None, None)],
        "das Bamf",
    ),
    (
        "de",
        "Jeder Rückkehrer erhält eine Starthilfe von bis zu 1.500 Euro, dazu werden die Reisekosten übernommen.",
        True,
        [("money", 1500, "EUR", "up_to")],
        None,
    ),
    ("de", "Über die meisten Asylanträge von Syrern entscheidet das Bundesamt derzeit nicht.", True, [], None),
    (
        "de",
        "Rund 4.700 Widerrufsverfahren gegen Syrer hat das Bamf seitdem eingeleitet.",
        True,
        [("count", 4700, None, "about")],
        None,
    ),
    (
        "de",
        "Zehntausende Syrerinnen und Syrer haben seit ihrer Ankunft die deutsche Staatsbürgerschaft erhalten.",
        True,
        [],
        None,
    ),
    ("de", "Syrische Verbände warnen vor übereilten Rückführungen in ein weiterhin instabiles Land.", False, [], None),
    # --- Channel: busiest day (Reuters), August 31 ---
    (
        "en",
        "LONDON, Aug 31 (Reuters) - A total of 1,214 migrants reached Britain in small boats on Saturday, the most on any single day this year, according to Home Office figures.",
        True,
        [("date", "--08-31", None, None), ("count", 1214, None, None)],
        None,
    ),
    (
        "en",
        "They arrived in 19 boats, an average of 64 people per boat.",
        True,
        [("count", 19, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "With a day still to go, the August total of 6,390 was already the highest for any month since September 2022.",
        True,
        [("count", 6390, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "So far this year 27,850 people have made the crossing, about 12% more than by this time last year.",
        True,
        [("count", 27850, None, None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        "The Home Office said French officers had stopped 3,100 people from launching boats in August, more than in any previous month.",
        True,
        [("count", 3100, None, None)],
        None,
    ),
    ("en", 'Fanshawe said the figures showed the government had "no grip and no plan."', False, [], None),
    ("en", "Charity workers in Calais said they expected more launches while the calm weather held.", False, [], None),
    # --- Familiennachzug-Kontingent (APA), Montag, 31. August ---
    (
        "de",
        "Wien (APA) - Die Regierung will den ausgesetzten Familiennachzug ab Jänner über ein Kontingent von höchstens 150 Personen pro Monat wieder zulassen.",
        True,
        [("count", 150, None, "at_most")],
        None,
    ),
    ("de", "Das sieht ein Entwurf vor, der am Montag in Begutachtung ging.", True, [], None),
    (
        "de",
        "Vor der Aussetzung waren in manchen Monaten mehr als 1.200 Angehörige nachgezogen, im Jahresschnitt knapp 780.",
        True,
        [("count", 1200, None, "over"), ("count", 780, None, "nearly")],
        None,
    ),
    (
        "de",
        "Innenminister Pürstl sagte, das Kontingent orientiere sich an den Kapazitäten der Wiener Schulen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verfassungsjurist Bernhard Feichtinger hält die Regelung für „europarechtlich kaum haltbar“.",
        False,
        [],
        None,
    ),
    ("de", "Die Grünen kündigten an, den Entwurf vom Verfassungsgerichtshof prüfen lassen zu wollen.", True, [], None),
    # --- Austria family reunification quota (Reuters), August 31 ---
    (
        "en",
        "VIENNA, Aug 31 (Reuters) - Austria plans to let refugees bring in family members again from January, but under a quota of no more than 150 people a month, a draft law showed on Monday.",
        True,
        [("date", "--08-31", None, None), ("count", 150, None, "at_most")],
        None,
    ),
    (
        "en",
        "Before the suspension, more than 1,200 relatives had arrived in some months, according to notes attached to the draft.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    (
        "en",
        'Interior Minister Reinhard Pürstl said the quota was "fair to everyone, including those who are already here."',
        False,
        [],
        None,
    ),
    # --- Tunisia (Reuters), September 1 ---
    (
        "en",
        "TUNIS, Sept 1 (Reuters) - Tunisian authorities stopped 4,210 migrants from setting off for Italy in July and August, down from more than 9,600 a year earlier, a National Guard spokesman said.",
        True,
        [("date", "--09-01", None, None), ("count", 4210, None, None), ("count", 9600, None, "over")],
        None,
    ),
    ("en", "He said 61 smuggling networks had been broken up since January.", True, [("count", 61, None, None)], None),
    (
        "en",
        "The European Union agreed in 2023 to give Tunisia about 118 million euros for border management.",
        True,
        [("year", 2023, None, None), ("money", 118000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Aid groups accused Europe of outsourcing its border to governments that ignore human rights.",
        False,
        [],
        None,
    ),
    # --- Asylzahlen August (dpa), Mittwoch, 2. September ---
    (
        "de",
        "Nürnberg (dpa) - Im August haben 7.605 Menschen in Deutschland zum ersten Mal Asyl beantragt, so wenige wie in keinem August seit 2013.",
        True,
        [("count", 7605, None, None), ("ordinal", 1, None, None), ("year", 2013, None, None)],
        None,
    ),
    ("de", "Die Zahl der Folgeanträge stieg dagegen leicht auf 1.241.", True, [("count", 1241, None, None)], None),
    (
        "de",
        "Das Bamf entschied im August über 9.655 Anträge, in 36,2 Prozent der Fälle gewährte es einen Schutzstatus.",
        True,
        [("count", 9655, None, None), ("percent", 36.2, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder fünfte Antrag wurde als offensichtlich unbegründet abgelehnt.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rautenberg sagte der „Rheinischen Post“, für das Gesamtjahr erwarte er deutlich unter 95.000 Erstanträge.",
        True,
        [("count", 95000, None, "under")],
        "Rautenberg",
    ),
    ("de", "„Der Kurswechsel ist messbar, und er ist von Dauer“, sagte der Minister.", False, [], None),
    (
        "de",
        "Pro Asyl hielt dagegen, der Rückgang gehe vor allem auf die Lage in den Herkunfts- und Transitländern zurück.",
        False,
        [],
        None,
    ),
    # --- Channel weekly (PA), September 4 ---
    (
        "en",
        "LONDON (PA) - A total of 2,418 people reached the UK by small boat in the first four days of September, taking the total for the year to more than 30,000.",
        True,
        [
            ("count", 2418, None, None),
            ("ordinal", 1, None, None),
            ("duration", 4, "day", None),
            ("count", 30000, None, "over"),
        ],
        None,
    ),
    ("en", "Last year the 30,000 mark was not passed until late October.", True, [("count", 30000, None, None)], None),
    (
        "en",
        "Home Office minister Jonathan Aske-Morley said 88 people smugglers had been jailed since January.",
        True,
        [("count", 88, None, None)],
        None,
    ),
    ("en", '"These gangs treat human beings as cargo," Aske-Morley said.', False, [], None),
]
