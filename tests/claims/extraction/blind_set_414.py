"""Four-hundred-and-fourteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up. Ministers,
generals, chiefs and officials of real governments, armies and offices appear under made-up
names that stand for no real holder, as the three-hundred-and-sixty-fifth batch did
(„Verteidigungsminister Henrik Wallbrecht“, „Verteidigungsministerin Theresia Gansterer“,
„Verteidigungsministerin Corinne Vuilleumier“, „Generalinspekteur Falko Brandhorst“,
"Defence Minister Gareth Pellowe"), or by their office only where the office has one
holder whom wire readers know by name: the NATO secretary general ("the secretary
general"), Ukraine's defence minister („Der ukrainische Verteidigungsminister“, „der
Minister“, "its defence minister", "the minister"), Poland's and Albania's prime ministers
("Poland's prime minister", "Albania's prime minister", "the prime minister").

Names: Henrik Wallbrecht, Svenja Ahlerding, Theresia Gansterer, Erwin Hollaus, Lorraine
Pettibone, Roland Eschweiler and his firm Veltheim Systems, Alistair Renwick-Hale, Rupert
Danvers-Kite, Corinne Vuilleumier, Ingrid Solheim-Vatne, Kazimierz Wróblewski, Falko
Brandhorst, Petra Vogelsang-Ruhl, Aurelija Stankevičiūtė, Sönke Harmsen, Reto Tscharner,
Gareth Pellowe, Jörn Haverkamp, Owen Trelawney, Jan-Hendrik Poppinga, Ansgar Tiedemeyer,
Kerstin Auffenberg, Joost Wiersma, Marcus Hollenbeck, Pål Edvinsson, Matthias Oltrogge,
Helene Brückmann and every unnamed official, diplomat, spokesperson, critic and source are
invented. Real states, bodies, firms, units, places and type names (Bundeswehr, Bundesheer,
Schweizer Armee, Nato, Bundestag, Haushaltsausschuss, Bundesrechnungshof, Beschaffungsamt,
Luftwaffe, Deutsche Marine, 10. Panzerdivision, Ministerrat, FPÖ, Neos, Nationalrat,
Ständerat, VBS, SP, Grüne, Linke, AfD, CDU, Bundesamt für Zivildienst, Wirtschaftsministerium,
Torgau, Nordsachsen, Pabradė, Sachsen-Anhalt, Kiel, Charkiw; NATO, the Pentagon, the
Defense Department, the State Department, Congress, the Government Accountability Office,
the U.S. Army, U.S. European Command, the 3rd Infantry Division, Fort Hood, the MoD, the
Ministry of Defence, the Conservatives, the Ukraine Defense Contact Group, the Kiel
Institute, Lockheed Martin, the Australian Defence Force, the Department of Defence, the
Greens, the Socialist Party, the Suwalki Gap, the Vistula, Tirana, The Hague, and the
datelines' cities; Patriot, Taurus, IRIS-T, Arrow 3, Skyranger 30, RCH 155, Boxer, Pandur
Evo, Typ 212CD, F126, F127, CH-47F, F-35, F-35A, Leopard 2A7, Leopard 2A8, Puma, Abrams,
M1A2 SEPv3, K2PL, Paladin, HIMARS, Army Tactical Missile System, JAS 39 Gripen E) stand for
the way wire copy names them; every budget, quota, contract, price, order, delivery, troop,
recruit, reservist, conscript, vote, drone, share, date and quote here is invented, and
where a real figure came to mind (a real order of tanks or jets, a real troop target or
reserve target, a real spending path, a real brigade's strength, a real drone incursion, a
real aid total, a real programme delay) it was changed (the special fund of 2022, the
alliance's 3.5 plus 1.5 percent targets agreed in The Hague in 2025 for 2035, Albania's
accession in 2009 and Lithuania's independence in 1990 kept).

Its weight: DEFENCE, ARMED FORCES AND MILITARY AID, sixth round (the fiftieth batch weighed
defence procurement, military and security copy, the hundred-twenty-second defence
budgets, arms deliveries, military procurement and conscription, the
two-hundred-and-sixteenth defence procurement and armed forces in German-heavy copy, the
two-hundred-and-seventy-eighth defence and military procurement and the
three-hundred-and-sixty-fifth defence, NATO and military procurement, beside the
hundred-sixty-second, two-hundred-and-twenty-third and three-hundred-and-forty-eighth on
war copy with its air defence; their decisions are kept) - six wire weeks of one autumn,
Tuesday, October 6, to Friday, November 13, as 36 short stories with the German and English
desks interleaved, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, the other side, quotes, reactions). German (dpa, APA, Reuters German,
Keystone-SDA; Austrian "Mrd.", "Mio.", "heuer", "Stellungspflichtige", "eingerückt",
"Ministerrat"; Swiss "Mia.", "gemäss", "gutgeheissen", "innert", "liess", "11'600", «»
quotes, the masculine „einen Drittel“; German „“ quotes): the defence budget in the draft
federal budget and its Zwei-Prozent-Ziel, the Bundesheer's budget, a new shell works for
155-Millimeter-Munition, the Nationalrat's Rüstungsprogramm, NATO's defence ministers, two
more Patriot systems for Ukraine, Bundeswehr recruitment, the new Wehrdienst law, a NATO
exercise in Lithuania, the Swiss autumn recruit school, arms export permits, a background
piece on NATO spending, two more submarines, drones over barracks, a second Arrow 3 fire
unit, the 100-Milliarden-Euro-Sondervermögen's balance, Austria's militia and the budget
committee's final session. English (Reuters with dated datelines, AP, AFP, PA, AAP): the
German budget, U.S. shell output, a British missile contract, NATO's ministers, the Ukraine
contact group, Polish Abrams tanks, an F-35 contract, the German service law, the Lithuania
exercise, Australia's spending path, British Army strength, a Taiwan arms sale, drones over
Poland, a Dutch reserve, a U.S. brigade rotation, a Swedish Gripen order, the date of the
next NATO summit and the Kiel Institute's aid count. Figures as such copy has them: shares
of GDP and NATO quotas („Nato-Quote von 3,1 Prozent“, „Das Zwei-Prozent-Ziel“, „das
3,5-Prozent-Ziel“, „um 0,3 Prozentpunkte“, „unter der Marke von zwei Prozent“, "NATO's old
2% target", "less than 2.5%"), budgets, contracts and unit prices in euros, dollars,
pounds, francs, Swedish crowns and Australian dollars („rund 1,5 Billionen Dollar“, „gut
2,3 Milliarden Euro pro Boot“, „25-Millionen-Euro-Vorlagen“, "Each shell costs ... about
$8,900"), troops, recruits, reservists, conscripts, tanks, jets, launchers, batteries,
drones, shells and calibres („155-Millimeter-Munition“, "62,000 155 mm artillery shells",
„zwei Dutzend“), votes, multiples ("more than four times the rate"), ordinals („zum dritten
Mal in Folge“, „Platz zwölf“, „die 10. Panzerdivision“, „Die zweite Feuereinheit“, "the
32nd meeting", "The 3rd Infantry Division's 1st Armored Brigade Combat Team", "the 14th"),
fractions („Jeder fünfte Rekrut“, „knapp einen Drittel“, „Fast jeder vierte“, "fewer than
one in eight", "nearly two-thirds"), durations in compounds and phrases („zweiwöchigen“,
„15-stündigen“, „mit rund eineinhalb Jahren Verspätung“, „länger als eine halbe Stunde“, "a
nine-month rotation", "a voluntary one-year service"), ages, years and dates; type names
whose figures are no quantities ("F-35", "Arrow 3", "Skyranger 30", "RCH 155", "Typ 212CD",
"Leopard 2A8", "M1A2 SEPv3", "JAS 39 Gripen E"), hedges of every kind. Negatives as such
copy has them - 55 rows, none with a figure: ministers', generals' and executives' rhetoric
and creed in quotes beside the same speaker's figure, labels of the opposition, of parties
and of the other side („sprach von“, „bezeichnete ... als“, "called", "accused ... of"), a
verdict with „halten ... für“, a counterfactual boast, a forecast without a figure by a
named general, doubts and fears, evasions and open questions („liess ... offen“, „ist
weiter offen“, "declined to say", "It was not clear whether ..."),
a service heading and a spokesman's rhetoric told by role.

239 rows (120 German, 119 English), 55 negatives (26 German, 29 English), 184 check-worthy
rows of which 10 carry no figure (5 German, 5 English), 335 expected quantities (120 counts,
50 amounts of money - 31 EUR, 11 USD, 3 AUD, 2 each CHF and SEK, 1 GBP -, 42 percentages -
41 in "%", 1 in percentage points "pp" -, 33 years, 30 durations - 11 in years, 9 in months,
4 in weeks, 3 each in days and in hours -, 28 ordinals, 16 dates, 16 fractions; none of them
in a negative), 37 checked speakers (20 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, fear, doubt, forecast without a figure or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth); a quoted or reported
  statement of fact, figure, plan, order, demand, refusal or position is check-worthy with
  its speaker, also in Konjunktiv I (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth). Pairs from one speaker: Wallbrecht's 3.1 percent beside
  „Sicherheit ist kein Haushaltsposten ...“ and "We are no longer debating ...", his four
  Patriot fire units beside „Die Lücke am Himmel ...“ (told by role) and his 23,000
  volunteers beside "Nobody should mistake ..."; Gansterer's 1.2 and 2 percent beside „Ein
  neutrales Land ...“ and her militia of 30,000 beside „Ohne Miliz ...“; Pettibone's
  100,000 shells beside "Artillery still rules ..."; Eschweiler's 450 jobs beside „Wer
  Abschreckung ernst meint ...“; Renwick-Hale's first 400 missiles beside "This is what it
  looks like ..."; Vuilleumier's half of the battalions beside «Man kann ein Land nicht
  ...»; Ukraine's defence minister's ten batteries beside „Der Himmel über Charkiw ...“ and
  "Every interceptor you send ..." (both told by role); Wróblewski's 54 tanks beside "Every
  tank we station ..."; Brandhorst's 15,000 places beside „Wir müssen um jeden jungen
  Menschen werben ...“; Stankevičiūtė's largest exercise since 1990 beside "We train here
  ..."; Harmsen's 10th division and 1,000 kilometres beside „Abschreckung muss man sehen
  können ...“; Tscharner's 150,000 beside «Wir verlieren zu viele ...» and his „liess ...
  offen“; Pellowe's 2.5% beside "We are not spending for show ..."; Haverkamp's 14 percent
  beside „Wir liefern an Partner ...“; Trelawney's one in eight beside "a career again";
  Poppinga's boats beside „Die Ostsee ist kein Binnenmeer ...“; Tiedemeyer's four fire
  units beside „Mit Arrow 3 schließen wir eine Lücke ...“; Auffenberg's 30 billion euros
  beside her counterfactual („ohne das Sondervermögen hätte die Truppe ... kaum neues
  Großgerät erhalten“ - a boast of what would have been, as „Ohne die Jägerschaft hätten wir
  ...“, two-hundred-and-forty-fourth); Wiersma's 2,000 volunteers beside "Defence can no
  longer be left ..."; Hollenbeck's two battalions beside his forecast that cuts "would
  weaken deterrence" (a forecast without a figure, hundred-forty-eighth,
  two-hundred-and-sixteenth); Edvinsson's 2029 beside "Sweden builds its own aircraft ...";
  Oltrogge's 112 bills beside his „Kraftakt ...“; Brückmann's two-thirds beside "Europe has
  stepped up ..."; the Polish prime minister's request under Article 4 beside "This was
  not an accident ..."; the Albanian prime minister's 2.5% beside "Tirana will show ...";
  Lockheed's 1,215 jets ("the company said") beside a Lockheed spokesperson's "backbone".
  New: a type name inside a quote of rhetoric gives no figure and does not make the quote a
  claim ('"The F-35 will remain the backbone ..."', „Mit Arrow 3 schließen wir eine Lücke
  ...“) - the name is an identifier wherever it stands (fiftieth), and the row stays a
  negative without quantities.
- Labels, verdicts and the other side (hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth): Ahlerding's „Wunschzettel
  ohne Prioritäten“, the FPÖ's „Aufrüstung im Windschatten der Nato“, the Left's „Wehrpflicht
  auf Raten“, the opposition's „Dauerbaustelle unter Wasser“, Oltrogge's „Kraftakt ...“,
  Danvers-Kite's "a sticking plaster over a gaping wound", the Conservatives' "managing
  decline" (an accusation naming no act), the Socialist Party's "militarisation by
  stealth", Moscow's „Provokation an den Grenzen Russlands“ („bezeichnete ... als“) and
  Russia's "a rehearsal for aggression", and China's foreign ministry saying the sale
  "seriously undermines" peace (an evaluation by the other side though its verb is "said",
  two-hundred-and-seventy-eighth) are negatives; so are Vogelsang-Ruhl's verdict with
  „hält ... für“, the budget experts' and lawmakers' doubts („bezweifeln“, "doubt"), the
  youth organisations' and allies' fears, the Greens' argument that hospitals need the
  money more, and the evasions and open questions (the Swiss „liess ... offen“,
  „ist weiter offen“, "declined to say", "It was not clear whether ..."). The heading
  „Hintergrund: Wer in der Nato wie viel für Verteidigung ausgibt“ is a negative
  (three-hundred-and-fifty-eighth: „Hintergrund: ...“).
- Check-worthy without a figure (hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth): parliament's vote still to
  come and the ministers' next meeting (sixty-fifth: scheduled sittings), SP and Greens
  voting against the bill and the Left against all projects with the AfD abstaining (a
  position by vote, hundred-nineteenth), the rule that the Bundestag can order a
  Bedarfswehrpflicht (a checkable rule, thirty-third, three-hundred-and-sixty-fifth), the
  source of the drone figures („Die Zahlen stammen aus einer Antwort des
  Verteidigungsministeriums ...“; two-hundred-and-forty-fourth: a study's publication), the
  cabinet's bill allowing drones to be shot down, Poland's request under Article 4 (the
  number of a treaty article is a reference and carries none, as „Artikel 5 des
  Nato-Vertrags“, twenty-first, and "under Article 49.3", four-hundred-and-second),
  Belarus's denial (a denial of record, hundred-twenty-second) and the U.S. deliveries that
  "dwindled to almost nothing" ("almost nothing" no figure).
- Shares of output and NATO quotas are percentages, "des BIP", "der Wirtschaftsleistung",
  "of GDP", "of gross domestic product" and "of output" carrying none (fiftieth,
  hundred-twenty-second, two-hundred-and-sixteenth, two-hundred-and-seventy-eighth,
  three-hundred-and-sixty-fifth): „eine Nato-Quote von 3,1 Prozent“, „3,5 Prozent der
  Wirtschaftsleistung“, „rund 1,2 Prozent des BIP“ "about", „auf zwei Prozent“, „mit 4,4
  Prozent ..., mit 2,4 Prozent“, „3,5 Prozent für Kernverteidigung plus 1,5 Prozent“ ("plus"
  no hedge, two-hundred-and-forty-fourth), "3.1% of gross domestic product", "3.5% of
  output", "about 1.3% of GDP", "2.4% ..., ... 2.6%", "4.7% of GDP", "2.5% of GDP",
  "3.1% ..., up from 2.45%", "to 2.6% ... from 2.2%", "2.9% ... and 3.5%", "the 5% goal
  ..., of which 3.5%", "roughly 0.1% of the donors' combined economic output" "about". Targets
  named in a compound keep their figure: „Das Zwei-Prozent-Ziel der Allianz“ 2 (fiftieth,
  hundred-twenty-second, three-hundred-and-twenty-fourth) and „das 3,5-Prozent-Ziel“ 3.5 -
  the decimal figure heading the compound read as written, as „1,5-Grad-Ziel“ (forty-second,
  hundred-twenty-second) -; "NATO's old 2% target" and "the 3.5% core spending target"
  likewise. „noch unter der Marke von zwei Prozent“ is 2 with no hedge - a word stands
  between „unter“ and the figure, as „über dem Ziel von 2 Prozent“
  (three-hundred-and-twenty-fourth) - while "less than 2.5% of GDP" is "under" (the hedge
  right before the figure, two-hundred-and-forty-fourth: "Less than a fifth"). The move „um
  0,3 Prozentpunkte“ is 0.3 "pp" (two-hundred-and-sixteenth: „um sieben Prozentpunkte“);
  other shares and changes likewise („knapp 72 Prozent“ "nearly", „rund neun Prozent mehr“
  "about", „um 3,8 Prozent“, „gut 4 Prozent mehr“ "over", „auf 2,4 Prozent“, „um 14 Prozent“,
  „weniger als zehn Prozent“ "under" - „weniger als“ before the figure, two-hundred-and-
  fourth -, „um rund sieben Prozent weniger“ "about", "roughly 2% less" "about", "rose
  19%"; „mehr als“, „weniger als“ and "less" after a figure compare).
- Orders, troops and output are counts as written (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth):
  tanks, jets, launchers, batteries, fire units, systems, submarines, missiles, rockets,
  drones, shells, rounds, soldiers, recruits, reservists, conscripts, volunteers, jobs and
  projects („36 weitere“, „zwei weitere“, „mindestens vier zusätzliche“ "at_least",
  „mindestens zehn weitere“, "28 more", "48 more", "two more", "46 more", "12 more",
  "another 150", "at least 10 more", "at least two more" - „weitere“, „zusätzliche“,
  "more", "another" no hedge -; „insgesamt sieben“, „insgesamt vier“ - „insgesamt“ no hedge
  -; "The remaining 54" no hedge, two-hundred-and-sixteenth; "186 of the 240", „nur 19 der
  32“ and "Only 19 of the 32" - "Only", „nur“ no hedge -; "some 1,200", "some 3,500" and
  "some 4,200" "about"; "more than 540" "over"; „bis zu 25.000“, „bis zu 15.000“ and „bis zu
  1,5 Millionen Schuss“ "up_to"; „jährlich rund 300.000“ "about", „monatlich“, „jährlich“, "a
  month" and "a minute" none - rate words, two-hundred-and-seventy-eighth -; „zwei Dutzend
  Flugabwehrpanzer“ 24 - the issue's "two dozen" -; "Eleven allies" 11, a number word
  opening the row as digits would, three-hundredth; votes one count per figure, „mit 128 zu
  61 Stimmen bei 4 Enthaltungen“, „mit 352 zu 271 Stimmen bei 12 Enthaltungen“ and "voted
  352-271", two-hundred-and-sixteenth; "two diplomats said" 2, hundred-first; „von derzeit
  rund 22.000 auf 30.000“ both, the hedge on the first only, three-hundred-and-sixty-fifth;
  "up from 7,600" and "nearly 400 more than joined it" - "more" after the figure compares -;
  "an armored brigade of about 4,100 soldiers" 4,100 "about" and "an armored brigade" none,
  two-hundred-and-seventy-eighth). Calibres are counts, the shells beside them their own
  count („155-Millimeter-Granaten“, „155-Millimeter-Munition“, "62,000 155 mm artillery
  shells" 62,000 "about" and 155; fiftieth, hundred-twenty-second,
  three-hundred-and-sixty-fifth); ranges and distances are counts („in über 100 Kilometern
  Höhe“ 100 "over" - „über“ right before the figure is the issue's hedge ("über 3.000
  Soldaten"), two-hundred-and-seventy-sixth -, „über mehr als 1.000 Kilometer“ 1,000 "over",
  "up to 8 km" "up_to", "a range of about 300 km" "about"; fiftieth). Multiples are counts
  ("more than four times the rate" 4 "over"; hundred-twenty-second: "more than 10 times as
  much"); the verbs „verdoppeln“ and "double" carry none (fiftieth). Type designations
  carry none, the figure inside included (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth): „Typ 212CD“, „F127“,
  „F126“, „CH-47F“, „F-35-Kampfjets“, „F-35A“, „Arrow 3“, „Flugabwehrpanzer Skyranger 30“,
  „Radhaubitzen RCH 155“ (the 155 millimetres are part of the name, as the fiftieth batch's
  "Skyranger 30", while „155-Millimeter-Munition“ counts the calibre), „Pandur Evo“, "F-35",
  "F-35A", "F-35s", "Leopard 2A7", "Leopard 2A8", "M1A2 SEPv3", "K2PL", "JAS 39 Gripen E",
  "Paladin", "HIMARS".
- Ordinals (the issue; fiftieth, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth): „zum dritten Mal in Folge“
  and "for a third straight year" 3 (two-hundred-and-sixteenth: "for the second straight
  year"), „die 10. Panzerdivision“ 10 and "The 3rd Infantry Division's 1st Armored Brigade
  Combat Team" 3 and 1 (fiftieth: "The 82nd Airborne Division" 82, a unit numbered with an
  ordinal; two-hundred-and-twenty-third: "139th Brigade"), "the 32nd meeting of the Ukraine
  Defense Contact Group" 32 (three-hundred-and-sixty-fifth: „zu ihrem 31. Treffen“), "The
  rotation will be the 14th" 14 (the ordinal standing without its noun,
  three-hundred-and-sixty-fifth), "the sixth sale" 6, "the third such incursion" 3, „Die
  zweite Feuereinheit“ 2, „Auf Platz zwei ..., auf Platz drei“ 2 and 3 and „Platz zwölf“ 12
  (two-hundred-and-seventy-eighth: „auf Platz neun“), „das erste der beiden Boote ..., das
  zweite“ 1 and 2 („der beiden“ none; two-hundred-and-seventy-eighth: „Die erste Fregatte
  ..., die vierte“), „im ersten Jahr“ and "in the first year" 1, "the first 400 missiles",
  "the first 2,000 volunteers" and „die ersten acht“ 1 with their counts, "the first
  launchers", "The first K2PL tanks", "the first of the new fighters" and "the first NATO
  summit in Albania" 1, "the first increase in four years" 1 and 4 years
  (three-hundredth: "the first coastwide walkout ... in 40 years"), „in den ersten drei
  Quartalen“ 1 and count 3 (fifteenth, hundred-eighty-seventh), "in the first nine months"
  1 and 9 months (three-hundredth). „erstmals“, "the largest", "the highest", "the lowest
  level", "the largest single donor", „einen Höchststand“ and „das größte Kontingent“ none.
- Fractions (the issue; two-hundred-and-sixteenth, two-hundred-and-seventy-eighth,
  three-hundred-and-sixty-fifth): „rund ein Fünftel davon“ 0.2 "about", „die Hälfte ihrer
  Bataillone“ 0.5, „nur knapp einen Drittel“ 0.3333 "nearly" (the Swiss masculine,
  two-hundred-and-seventy-eighth: „einen Viertel“; „nur“ no hedge), „zu einem Drittel“
  0.3333, „Jeder fünfte Rekrut“ 0.2 (the issue's "jeder vierte"), „Mehr als die Hälfte“ 0.5
  "over", „Knapp zwei Drittel“ 0.6667 "nearly", „Knapp drei Viertel“ 0.75 "nearly", „fast
  jedem dritten Vorhaben“ 0.3333 "nearly", „Fast jeder vierte“ 0.25 "nearly", "roughly
  half" 0.5 "about", "nearly two-thirds" 0.6667 "nearly", "About a quarter" 0.25 "about",
  "nearly a fifth" 0.2 "nearly", "about two-thirds" 0.6667 "about", "fewer than one in
  eight" 0.125 "under" (two-hundred-and-seventy-sixth: "fewer than one in 20").
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „der zweiwöchigen Nato-Übung“ and "a two-week exercise" 2 weeks, „In seiner 15-stündigen
  Bereinigungssitzung“ 15 hours, "a nine-month rotation" 9 months, "a voluntary one-year
  service" 1 year (two-hundred-and-seventy-eighth: "a new one-year voluntary service
  scheme"), „binnen drei Jahren“, "within three years", „binnen vier Wochen“, "within 14
  months", "within 30 months" and „innert zehn Jahren“ with no hedge („binnen“, „innert“,
  "within" none), „von sechs auf acht Monate“ 6 and 8 months (the unit written once serves
  both, hundred-twenty-second), „mindestens zwölf Monate“ and "at least 12 months" 12
  months "at_least", „höchstens 30 Tagen“ 30 days "at_most", „knapp vier Tage“ 4 days
  "nearly", „18 Wochen“, "cut to 60 days", "for about six hours" "about", "held up for about
  nine months" "about", "over the next 10 years" 10 years ("over" before a span no hedge),
  "ordered three years ago" 3 years and "two years ago" 2 years (two-hundred-and-forty-
  fourth: "four years ago"), „mit rund eineinhalb Jahren Verspätung“ 1.5 years "about"
  (two-hundred-and-sixteenth: „mit rund eineinhalb Jahren Verspätung“); ages are durations
  in years („für alle 18-Jährigen“ 18, „alle“ no hedge; „auf 33,8 Jahre“ 33.8 as the
  average age, hundred-twenty-second: „auf 34,1 Jahre“). New: „länger als eine halbe
  Stunde“ is 0.5 hours "over" - „länger als“ right before a span bounds it from below as
  „älter als 50 Jahre“ does an age (two-hundred-and-sixteenth) and „mehr als“ a figure, and
  „eine halbe Stunde“ names half an hour as „ein halbes Jahr“ names 0.5 years (eleventh,
  two-hundred-and-sixteenth). New: „Von Januar bis September“ gives no duration - a span
  named by its months writes no figure, as "since January" and „seit Jahresbeginn“ give none
  (three-hundred-and-eighty-eighth), while its twin "in the first nine months" is 9 months.
  None: „im kommenden Jahr“, „heuer“, „im Vorjahreszeitraum“, „des Vorjahres“, „ein Jahr
  zuvor“, „vor einem Jahr“ (as "a year ago", two-hundred-and-forty-fourth), „binnen eines
  Jahres“ (two-hundred-and-sixteenth: „binnen eines Monats“), „ein Jahr später“, „im
  vergangenen Jahr“, „in diesem Jahr“, „bis heute“, „jährlich“, „monatlich“, „Ende
  September“, „im Sommer“, „im Oktober“, „in der Nacht zum Freitag“, "next year", "last
  year", "this year", "this fiscal year", "this financial year", "in the year to June", "in
  the year to October", "within a decade", "for decades", "late next month", "a month", "a
  minute", "overnight", "before Christmas", "in January", "in September", "in February",
  "in July", "a gap year".
- Years and dates: target, delivery and order years as written („bis 2029“, „bis 2032“
  twice, „bis 2031“, „bis 2035“ twice, „Ab Januar 2028“ the year, „ab 2028“ twice, „2032“,
  „bis 2030“, „Den Haag 2025“, "set up in 2022", "by 2029", "in early 2022", "by 2028"
  twice, "by 2035", "by 2034", "by the end of 2027", "in 2027", "by 2030" three times, "in
  1990", "from 2029", "in 2029", "since 2017", "in 2022", "in 2009"); „des Jahrgangs
  2009“ and "born in 2009" 2009 (hundred-twenty-second: a cohort named by its year).
  Dates: „am 12. November“ --11-12, „am 18. November“ --11-18, „ab dem 1. Januar“ and
  "From Jan. 1" --01-01, "end on Nov. 6" --11-06, "on July 7-8" --07-07 and --07-08
  (three-hundred-and-twenty-fourth: "April 28-29" two dates); Reuters English datelines with
  a day are dates without a year ("BERLIN, Oct 6", "BRUSSELS, Oct 15", "WARSAW, Oct 19",
  "WASHINGTON, Oct 21", "BERLIN, Oct 22", "WARSAW, Nov 5", "THE HAGUE, Nov 9", "STOCKHOLM,
  Nov 11", "BRUSSELS, Nov 12"); dpa (also "Berlin/Kiew (dpa) -"), APA, Reuters German
  ("Torgau (Reuters) -", "Berlin (Reuters) -"), Keystone-SDA, AP ("WASHINGTON (AP) —"),
  AFP ("BRUSSELS (AFP) -", "VILNIUS (AFP) -", "BERLIN (AFP) -"), PA ("LONDON (PA) -") and
  AAP ("SYDNEY (AAP) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („knapp elf Milliarden mehr ...,
  insgesamt 93,7 Milliarden Euro“ both EUR, "nearly" on the first - the currency written
  once serves the earlier figure, hundred-seventeenth, and the
  three-hundred-and-twenty-fourth's „um rund 310 Milliarden auf 2,05 Billionen Euro“ -, "by nearly 11 billion euros to 93.7
  billion euros", „rund 14,2 Milliarden Euro“, „gut 150 Milliarden Euro“ "over", "more than
  150 billion euros", „4,66 Mrd. Euro“, „gut 5,2 Mrd. Euro“, „knapp 430 Mio. Euro“, „680
  Millionen Euro“, „knapp neun Milliarden Euro“, „knapp zwei Milliarden Euro“, „bis zu
  3.500 Euro“ "up_to", "about 2,700 euros a month", „9,4 Milliarden Euro“, „780 Millionen
  Euro“, „410 Millionen Euro“, „rund 4,7 Milliarden Euro, also gut 2,3 Milliarden Euro pro
  Boot“ - a unit price, „pro Boot“ none, three-hundred-and-sixty-fifth: „pro Maschine“ -,
  „knapp 4,2 Milliarden Euro“, „aus dem 100-Milliarden-Euro-Sondervermögen“ - here „Das
  100-Milliarden-Euro-Sondervermögen“ 1e11, hundred-twenty-second - and „gut 800 Millionen
  Euro“, „rund 30 Milliarden Euro“, „25-Millionen-Euro-Vorlagen“ 25,000,000
  (three-hundred-and-sixty-fifth), „um 1,2 Milliarden Euro auf 94,9 Milliarden Euro“, "400
  million euros", "about 1.2 billion euros", "41 billion euros", "11.6 billion euros"),
  USD („rund 1,5 Billionen Dollar“ 1.5e12 "about" - „Billionen“ are 1e12,
  three-hundred-and-twenty-fourth -, "$3.1 billion", "Each shell costs ... about $8,900 ..., down from
  more than $10,000" - "Each" none, a unit price, hundred-twenty-second -, "more than $4
  billion", "$7.4 billion", "about $81 million", "$690 million", "a combined $1.5 trillion"
  - "combined" no hedge -), the converted figure in brackets with no hedge ("($265
  million)", "($3.3 billion)"; hundred-twenty-second), GBP ("£940 million"), CHF („1,93
  Mia. Franken“, „Rund 715 Mio. Franken“), AUD ("A$18.6 billion", "A$59.3 billion, up from
  A$55.7 billion"), SEK ("2.5 billion crowns" and "31 billion crowns" in rows naming Sweden
  as the crowns' country, as „Norwegen ... Kronen“ NOK, hundred-first and
  three-hundred-and-sixty-fifth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "some" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly" "nearly"; „gut“, „mehr als“,
  „Mehr als“, „über“ right before a figure, „länger als“ before a span, "more than" "over";
  „weniger als“ before a figure, "less than", "fewer than" "under"; „bis zu“, "up to"
  "up_to"; „mindestens“, "at least" "at_least"; „höchstens“ "at_most". No hedge:
  „insgesamt“, „zusammen“ (with „rund“ the hedge), „nur“, "Only", „weitere“,
  „zusätzliche“, "more", "another", "combined", „derzeit“, „bislang“, „inzwischen“, „noch“,
  „binnen“, „innert“, "within", "over" before a span, "The remaining", "Each", "plus",
  „unter der Marke von“ before a target, and „mehr als“, „weniger als“, "more" and "less"
  after a figure.
- Speakers, checked only in forms the earlier batches settled: „sagte
  Verteidigungsminister Henrik Wallbrecht am Dienstag in Berlin“ and „sagte
  Verteidigungsministerin Theresia Gansterer am Mittwoch nach dem Ministerrat“ the name with
  the title, weekday, place and occasion dropped (hundred-twenty-second,
  three-hundred-and-sixty-fifth); "X sagte, ..." opening the row with the office or rank
  dropped („Generalstabschef Erwin Hollaus“, „Vorstandschef Roland Eschweiler“,
  „Verteidigungsministerin Corinne Vuilleumier sagte im Rat“ - "im Rat" dropped,
  hundred-twenty-second -, „Generalinspekteur Falko Brandhorst“, „Brigadegeneral Sönke
  Harmsen“, „Armeechef Reto Tscharner“, „Staatssekretär Jörn Haverkamp“, „Marineinspekteur
  Jan-Hendrik Poppinga“, „Luftwaffeninspekteur Ansgar Tiedemeyer“; two-hundred-and-
  sixteenth, three-hundred-and-sixty-fifth) and the surname as written („Wallbrecht
  sagte“, „Auffenberg sagte“, „Gansterer sagte“, „Oltrogge sagte“); „teilte das Bundesheer
  mit“ -> "das Bundesheer" (fiftieth), „teilte das Verteidigungsministerium mit“ and „teilte
  das Verteidigungsministerium in Wien mit“ -> "das Verteidigungsministerium" (the place
  dropped, hundred-twenty-second), „nach Angaben des Verteidigungsministeriums“ -> "das
  Verteidigungsministerium" and „nach Angaben des Beschaffungsamts“ -> "das
  Beschaffungsamt" (the nominative, fiftieth, two-hundred-and-sixteenth). English: the
  name with the title and "told reporters" dropped ("Defence Minister Henrik Wallbrecht told
  reporters", "NATO spokeswoman Ingrid Solheim-Vatne told reporters", "Army acquisition
  chief Lorraine Pettibone said", "Defence Procurement Minister Alistair Renwick-Hale said",
  "Deputy Defence Minister Kazimierz Wróblewski said", "Defence Minister Aurelija
  Stankevičiūtė said", "Defence Minister Gareth Pellowe said on Wednesday", "State Secretary
  for Defence Joost Wiersma said", "Defence Minister Pål Edvinsson said", "Researcher Helene
  Brückmann said"; two-hundred-and-forty-fourth, two-hundred-and-seventy-eighth,
  three-hundred-and-sixty-fifth), "Wallbrecht said" and "Hollenbeck said" as written, "the
  MoD said" twice -> "the MoD", "the defence ministry said" and "the defence ministry said
  on Monday" -> "the defence ministry", "the company said" -> "the company"
  (hundred-twenty-second, two-hundred-and-sixteenth). Left unchecked (None): all negatives,
  also those with a named speaker; roles and pronouns („Der ukrainische
  Verteidigungsminister sagte“ - a national adjective before the office,
  three-hundred-and-sixty-fifth -, „sagte der Minister“, „sagte ein Sprecher des
  Verteidigungsministeriums“, "she said", "he said", "its defence minister told the
  meeting", "the minister said", "the secretary general told reporters", "Poland's prime
  minister said", "Albania's prime minister said", "a Lockheed spokesperson said", "a
  Taiwanese defense official said", "A Pentagon spokesperson"), a subject parted from its
  verb ("Brigadier Owen Trelawney, who runs Army recruiting, said"; two-hundred-and-forty-
  fourth, three-hundred-and-eighty-eighth), „hieß es aus dem Verteidigungsministerium“,
  „heißt es in der Antwort“, „wie aus dem Haushaltsentwurf ... hervorgeht“, „wie aus einer
  Antwort des Wirtschaftsministeriums ... hervorgeht“, „wie die Armee mitteilte“
  (two-hundred-and-fourth), „gemäss VBS“, „gemäss Bundesamt für Zivildienst“, „beziffert“,
  „nach Nato-Angaben“, „Nach Schätzungen der Nato“, „nach Angaben der ukrainischen
  Luftwaffe“ (an adjective), „nach Angaben aus Marinekreisen“, "Army officials said", "two
  diplomats said", "diplomats said", "Diplomats said" (plural sources), bodies' "said" other
  than the settled ministry forms ("the Defense Department said", "the F-35 program office
  said", "the Pentagon said", "the government said", "The armed forces said", "the alliance
  said", "the Kiel Institute said", "the institute said"; two-hundred-and-seventy-eighth,
  three-hundred-and-sixty-fifth), possessives heading the source ("Taiwan's defense ministry
  said", "Poland's operational command said", "Belarus's defence ministry said", "Ukraine's
  air force"; hundred-twenty-second), "a draft budget showed", "Ministry of Defence
  statistics", "a Government Accountability Office report found", "the institute
  estimated", every "according to" and rows without attribution. As the
  three-hundred-and-twenty-fourth, three-hundred-and-sixty-fifth and
  three-hundred-and-eighty-eighth batches did, and to keep the checked speakers near 35,
  this batch also leaves unchecked forms it could have checked: „so Wallbrecht“, „sagte
  Wallbrecht am Rande des Treffens“, „so Vuilleumier“, „nach Angaben des Ministeriums“,
  „teilte die Luftwaffe mit“ (fiftieth: „teilte die Bundeswehr mit“), „nach Angaben des
  Verteidigungsministeriums“ on the Arrow contract and "Pellowe said" on recruitment.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_414 = [
    # --- Verteidigungsetat im Haushaltsentwurf (dpa), Dienstag, 6. Oktober ---
    (
        "de",
        "Berlin (dpa) - Für die Verteidigung will der Bund im kommenden Jahr knapp elf Milliarden mehr ausgeben, insgesamt 93,7 Milliarden Euro, wie aus dem Haushaltsentwurf der Bundesregierung hervorgeht.",
        True,
        [("money", 11000000000, "EUR", "nearly"), ("money", 93700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zusammen mit Mitteln aus dem Sondervermögen komme Deutschland damit auf eine Nato-Quote von 3,1 Prozent, sagte Verteidigungsminister Henrik Wallbrecht am Dienstag in Berlin.",
        True,
        [("percent", 3.1, "%", None)],
        "Henrik Wallbrecht",
    ),
    (
        "de",
        "Das Zwei-Prozent-Ziel der Allianz übertreffe die Bundesrepublik damit zum dritten Mal in Folge, so Wallbrecht.",
        True,
        [("percent", 2, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Sicherheit ist kein Haushaltsposten, den man nach Kassenlage verschiebt“, sagte Wallbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Größter Einzelposten ist mit rund 14,2 Milliarden Euro die Beschaffung von Munition, vor allem von 155-Millimeter-Granaten für die Artillerie.",
        True,
        [("money", 14200000000, "EUR", "about"), ("count", 155, None, None)],
        None,
    ),
    (
        "de",
        "Nach der mittelfristigen Finanzplanung soll der Etat bis 2029 auf gut 150 Milliarden Euro steigen, das entspräche 3,5 Prozent der Wirtschaftsleistung.",
        True,
        [("year", 2029, None, None), ("money", 150000000000, "EUR", "over"), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Grünen-Haushälterin Svenja Ahlerding sprach von einem „Wunschzettel ohne Prioritäten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haushaltsausschuss will den Etat in seiner Bereinigungssitzung am 12. November abschließend beraten.",
        True,
        [("date", "--11-12", None, None)],
        None,
    ),
    # --- German defence budget (Reuters), October 6 ---
    (
        "en",
        "BERLIN, Oct 6 (Reuters) - Germany plans to raise its core defence budget by nearly 11 billion euros to 93.7 billion euros next year, a draft budget showed on Tuesday.",
        True,
        [("date", "--10-06", None, None), ("money", 11000000000, "EUR", "nearly"), ("money", 93700000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Including a special fund set up in 2022, military spending would reach 3.1% of gross domestic product, Defence Minister Henrik Wallbrecht told reporters.",
        True,
        [("year", 2022, None, None), ("percent", 3.1, "%", None)],
        "Henrik Wallbrecht",
    ),
    (
        "en",
        "That would keep Germany above NATO's old 2% target for a third straight year.",
        True,
        [("percent", 2, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Spending is set to climb to more than 150 billion euros, or 3.5% of output, by 2029, according to the government's medium-term plan.",
        True,
        [("money", 150000000000, "EUR", "over"), ("percent", 3.5, "%", None), ("year", 2029, None, None)],
        None,
    ),
    ("en", '"We are no longer debating whether to spend, only how fast," Wallbrecht said.', False, [], None),
    (
        "en",
        "The budget still needs the approval of parliament, where a final vote is expected late next month.",
        True,
        [],
        None,
    ),
    # --- Bundesheer-Budget (APA), Mittwoch, 7. Oktober ---
    (
        "de",
        "Wien (APA) - Das Bundesheer erhält heuer 4,66 Mrd. Euro, im kommenden Jahr sollen es gut 5,2 Mrd. Euro sein.",
        True,
        [("money", 4660000000, "EUR", None), ("money", 5200000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Das entspreche rund 1,2 Prozent des BIP, bis 2032 solle die Quote auf zwei Prozent steigen, sagte Verteidigungsministerin Theresia Gansterer am Mittwoch nach dem Ministerrat.",
        True,
        [("percent", 1.2, "%", "about"), ("year", 2032, None, None), ("percent", 2, "%", None)],
        "Theresia Gansterer",
    ),
    (
        "de",
        "Den größten Posten bilden 36 weitere Radpanzer vom Typ Pandur Evo um knapp 430 Mio. Euro.",
        True,
        [("count", 36, None, None), ("money", 430000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Ein neutrales Land kann sich nicht darauf verlassen, dass andere es im Ernstfall schützen“, sagte Gansterer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von den Stellungspflichtigen des Vorjahres wurden knapp 72 Prozent für tauglich befunden, teilte das Bundesheer mit.",
        True,
        [("percent", 72, "%", "nearly")],
        "das Bundesheer",
    ),
    (
        "de",
        "Generalstabschef Erwin Hollaus sagte, dem Heer fehlten derzeit rund 1.900 Unteroffiziere.",
        True,
        [("count", 1900, None, "about")],
        "Erwin Hollaus",
    ),
    ("de", "Die FPÖ sprach von einer „Aufrüstung im Windschatten der Nato“.", False, [], None),
    (
        "de",
        "Die Neos fordern eine Verlängerung des Grundwehrdienstes von sechs auf acht Monate.",
        True,
        [("duration", 6, "month", None), ("duration", 8, "month", None)],
        None,
    ),
    # --- Artillery shells (AP), October 8 ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. Army is now producing about 62,000 155 mm artillery shells a month, more than four times the rate it managed in early 2022, Army officials said Thursday.",
        True,
        [
            ("count", 62000, None, "about"),
            ("count", 155, None, None),
            ("count", 4, None, "over"),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "The goal of 100,000 shells a month has slipped to the end of next year, Army acquisition chief Lorraine Pettibone said.",
        True,
        [("count", 100000, None, None)],
        "Lorraine Pettibone",
    ),
    (
        "en",
        "A new loading plant in Texas is running at roughly half its planned capacity because of a shortage of explosives, she said.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        '"Artillery still rules this battlefield, and it has an enormous appetite," Pettibone said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Congress has set aside $3.1 billion for munitions production this fiscal year, according to budget documents.",
        True,
        [("money", 3100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Each shell costs the Army about $8,900 under its newest contracts, down from more than $10,000 two years ago.",
        True,
        [("money", 8900, "USD", "about"), ("money", 10000, "USD", "over"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The Army has also ordered 48 more Paladin howitzers, each able to fire up to four rounds a minute.",
        True,
        [("count", 48, None, None), ("count", 4, None, "up_to")],
        None,
    ),
    ("en", "Some lawmakers doubt the Army can keep up the pace once the money for Ukraine runs out.", False, [], None),
    # --- Munitionswerk in Torgau (Reuters), Freitag, 9. Oktober ---
    (
        "de",
        "Torgau (Reuters) - Der Rüstungskonzern Veltheim Systems hat in Nordsachsen ein neues Werk für 155-Millimeter-Munition eröffnet.",
        True,
        [("count", 155, None, None)],
        None,
    ),
    (
        "de",
        "Dort sollen ab dem kommenden Sommer monatlich bis zu 25.000 Artilleriegranaten vom Band laufen, im Endausbau jährlich rund 300.000.",
        True,
        [("count", 25000, None, "up_to"), ("count", 300000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Investition beziffert das Unternehmen auf 680 Millionen Euro, rund ein Fünftel davon stammt aus Fördermitteln des Freistaats.",
        True,
        [("money", 680000000, "EUR", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Vorstandschef Roland Eschweiler sagte, am Standort entstünden gut 450 Arbeitsplätze.",
        True,
        [("count", 450, None, "over")],
        "Roland Eschweiler",
    ),
    (
        "de",
        "„Wer Abschreckung ernst meint, braucht volle Depots und keine Absichtserklärungen“, sagte Eschweiler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundeswehr hat über einen Rahmenvertrag bis zu 1,5 Millionen Schuss im Wert von knapp neun Milliarden Euro bei dem Konzern bestellt.",
        True,
        [("count", 1500000, None, "up_to"), ("money", 9000000000, "EUR", "nearly")],
        None,
    ),
    ("de", "Die Aktie legte bis zum Nachmittag um 3,8 Prozent zu.", True, [("percent", 3.8, "%", None)], None),
    # --- Missile contract (PA), October 12 ---
    (
        "en",
        "LONDON (PA) - The Ministry of Defence has signed a £940 million contract for 3,200 short-range air defence missiles to be built in Northern Ireland.",
        True,
        [("money", 940000000, "GBP", None), ("count", 3200, None, None)],
        None,
    ),
    (
        "en",
        "Defence Procurement Minister Alistair Renwick-Hale said the first 400 missiles would be handed over within 14 months.",
        True,
        [("ordinal", 1, None, None), ("count", 400, None, None), ("duration", 14, "month", None)],
        "Alistair Renwick-Hale",
    ),
    (
        "en",
        '"This is what it looks like when industry and government pull in the same direction," Renwick-Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The order will secure about 350 jobs at the plant and another 150 across the supply chain, the MoD said.",
        True,
        [("count", 350, None, "about"), ("count", 150, None, None)],
        "the MoD",
    ),
    (
        "en",
        "The missiles, which can hit drones at a range of up to 8 km, will also be supplied to Ukraine.",
        True,
        [("count", 8, None, "up_to")],
        None,
    ),
    (
        "en",
        "British defence spending stood at 2.4% of GDP last year, and the government has promised 2.6% by 2028.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.6, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        'Opposition defence spokesman Rupert Danvers-Kite called the order "a sticking plaster over a gaping wound".',
        False,
        [],
        None,
    ),
    # --- Rüstungsprogramm im Nationalrat (Keystone-SDA), Dienstag, 13. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat das Rüstungsprogramm mit Verpflichtungskrediten von 1,93 Mia. Franken gutgeheissen.",
        True,
        [("money", 1930000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 128 zu 61 Stimmen bei 4 Enthaltungen.",
        True,
        [("count", 128, None, None), ("count", 61, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Rund 715 Mio. Franken sind für die Erneuerung der bodengestützten Luftverteidigung mittlerer Reichweite vorgesehen.",
        True,
        [("money", 715000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Verteidigungsministerin Corinne Vuilleumier sagte im Rat, mit dem Programm könne die Armee bis 2031 die Hälfte ihrer Bataillone wieder vollständig ausrüsten.",
        True,
        [("year", 2031, None, None), ("fraction", 0.5, None, None)],
        "Corinne Vuilleumier",
    ),
    (
        "de",
        "Heute sei nur knapp einen Drittel der Bataillone komplett ausgestattet, so Vuilleumier.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "«Man kann ein Land nicht mit leeren Zeughäusern verteidigen», sagte Vuilleumier.", False, [], None),
    (
        "de",
        "Der Effektivbestand der Armee liegt gemäss VBS derzeit bei rund 138'000 Armeeangehörigen.",
        True,
        [("count", 138000, None, "about")],
        None,
    ),
    ("de", "SP und Grüne stimmten geschlossen gegen die Vorlage.", True, [], None),
    # --- NATO defence ministers (Reuters), October 15 ---
    (
        "en",
        "BRUSSELS, Oct 15 (Reuters) - Defence ministers from NATO countries agreed on Thursday to double the number of air defence batteries on the alliance's eastern flank within three years, two diplomats said.",
        True,
        [("date", "--10-15", None, None), ("duration", 3, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Only 19 of the 32 allies have so far submitted plans showing how they will reach the 3.5% core spending target by 2035, NATO spokeswoman Ingrid Solheim-Vatne told reporters.",
        True,
        [("count", 19, None, None), ("count", 32, None, None), ("percent", 3.5, "%", None), ("year", 2035, None, None)],
        "Ingrid Solheim-Vatne",
    ),
    (
        "en",
        "European allies alone are short of some 1,200 launchers for ground-based air defence, she said.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        '"Our adversaries count our launchers, not our communiqués," the secretary general told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Spain, which spent about 1.3% of GDP on defence last year, again declined to sign up to the target, diplomats said.",
        True,
        [("percent", 1.3, "%", "about")],
        None,
    ),
    (
        "en",
        "Allies are expected to spend a combined $1.5 trillion on defence this year, with the United States accounting for nearly two-thirds.",
        True,
        [("money", 1500000000000, "USD", None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    ("en", "The ministers will meet again in February, ahead of the alliance's summit in July.", True, [], None),
    # --- Nato-Verteidigungsminister (dpa), Donnerstag, 15. Oktober ---
    (
        "de",
        "Brüssel (dpa) - Die Nato will die Zahl ihrer Flugabwehrbatterien an der Ostflanke binnen drei Jahren verdoppeln.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Darauf verständigten sich die Verteidigungsminister der 32 Mitgliedstaaten am Donnerstag in Brüssel.",
        True,
        [("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland werde dafür bis 2029 mindestens vier zusätzliche Patriot-Feuereinheiten aufstellen, sagte Wallbrecht am Rande des Treffens.",
        True,
        [("year", 2029, None, None), ("count", 4, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Die Lücke am Himmel über Europa ist real, und sie schließt sich nicht von selbst“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Nato-Angaben haben bislang nur 19 der 32 Verbündeten Pläne vorgelegt, wie sie das 3,5-Prozent-Ziel erreichen wollen.",
        True,
        [("count", 19, None, None), ("count", 32, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    # --- Patriot-Systeme für die Ukraine (dpa), Freitag, 16. Oktober ---
    (
        "de",
        "Berlin/Kiew (dpa) - Deutschland hat der Ukraine zwei weitere Patriot-Flugabwehrsysteme übergeben.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Damit habe die Bundesrepublik seit Kriegsbeginn insgesamt sieben der Systeme geliefert, hieß es aus dem Verteidigungsministerium.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten von knapp zwei Milliarden Euro übernimmt zu einem Drittel Norwegen.",
        True,
        [("money", 2000000000, "EUR", "nearly"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der ukrainische Verteidigungsminister sagte, sein Land benötige vor dem Winter mindestens zehn weitere Batterien.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    ("de", "„Der Himmel über Charkiw ist auch der Himmel über Europa“, sagte der Minister.", False, [], None),
    (
        "de",
        "Russland setzte in der Nacht zum Freitag nach Angaben der ukrainischen Luftwaffe 412 Drohnen und 18 Raketen ein.",
        True,
        [("count", 412, None, None), ("count", 18, None, None)],
        None,
    ),
    # --- Ukraine contact group (AFP), October 16 ---
    (
        "en",
        "BRUSSELS (AFP) - Ukraine's allies pledged more than $4 billion in new military aid at the 32nd meeting of the Ukraine Defense Contact Group on Friday.",
        True,
        [("money", 4000000000, "USD", "over"), ("ordinal", 32, None, None)],
        None,
    ),
    (
        "en",
        "Germany handed over two more Patriot systems, bringing to seven the number it has supplied since Russia's full-scale invasion began.",
        True,
        [("count", 2, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The Netherlands promised 400 million euros for long-range drones and Sweden 2.5 billion crowns ($265 million) for artillery ammunition.",
        True,
        [("money", 400000000, "EUR", None), ("money", 2500000000, "SEK", None), ("money", 265000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Ukraine needs at least 10 more batteries before winter, its defence minister told the meeting.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    (
        "en",
        '"Every interceptor you send is a hospital or a school that stays standing," the minister said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Overnight, Russia fired 412 drones and 18 missiles, according to Ukraine's air force.",
        True,
        [("count", 412, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "It was not clear whether Washington would clear any new weapons sales to Kyiv before Christmas.",
        False,
        [],
        None,
    ),
    # --- Polish tanks (Reuters), October 19 ---
    (
        "en",
        "WARSAW, Oct 19 (Reuters) - Poland took delivery of 28 more Abrams tanks on Monday, bringing the number of M1A2 SEPv3 vehicles in its army to 186 of the 240 ordered three years ago.",
        True,
        [
            ("date", "--10-19", None, None),
            ("count", 28, None, None),
            ("count", 186, None, None),
            ("count", 240, None, None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The remaining 54 will arrive by the end of next year, Deputy Defence Minister Kazimierz Wróblewski said.",
        True,
        [("count", 54, None, None)],
        "Kazimierz Wróblewski",
    ),
    (
        "en",
        '"Every tank we station on the Vistula is one that does not have to be shipped across the Atlantic," Wróblewski said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Poland's military budget will reach 4.7% of GDP next year, more than any other NATO member, the defence ministry said.",
        True,
        [("percent", 4.7, "%", None)],
        "the defence ministry",
    ),
    (
        "en",
        "Its armed forces number about 207,000 soldiers, and the government wants 280,000 within a decade.",
        True,
        [("count", 207000, None, "about"), ("count", 280000, None, None)],
        None,
    ),
    (
        "en",
        "The first K2PL tanks built under licence in Poland are due to roll off the production line in 2027.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    # --- Bundeswehr-Personal (dpa), Dienstag, 20. Oktober ---
    (
        "de",
        "Berlin (dpa) - Von Januar bis September hat die Bundeswehr 14.870 Soldatinnen und Soldaten neu eingestellt, rund neun Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 14870, None, None), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Personalstärke lag Ende September bei 183.950 aktiven Soldatinnen und Soldaten, teilte das Verteidigungsministerium mit.",
        True,
        [("count", 183950, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Bis 2035 soll die Truppe auf 258.000 aktive Soldaten wachsen, hinzu kommen gut 210.000 Reservisten.",
        True,
        [("year", 2035, None, None), ("count", 258000, None, None), ("count", 210000, None, "over")],
        None,
    ),
    (
        "de",
        "Jeder fünfte Rekrut brach die Grundausbildung nach Angaben des Ministeriums vorzeitig ab.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Generalinspekteur Falko Brandhorst sagte, für den neuen Wehrdienst würden im ersten Jahr bis zu 15.000 zusätzliche Ausbildungsplätze geschaffen.",
        True,
        [("ordinal", 1, None, None), ("count", 15000, None, "up_to")],
        "Falko Brandhorst",
    ),
    ("de", "„Wir müssen um jeden jungen Menschen werben, als wäre er der letzte“, sagte Brandhorst.", False, [], None),
    ("de", "Die Linken-Abgeordnete Petra Vogelsang-Ruhl hält die Zahlen für „ein Strohfeuer“.", False, [], None),
    (
        "de",
        "Das Durchschnittsalter der Soldaten sank erstmals seit Jahren leicht auf 33,8 Jahre.",
        True,
        [("duration", 33.8, "year", None)],
        None,
    ),
    # --- F-35 contract (Reuters), October 21 ---
    (
        "en",
        "WASHINGTON, Oct 21 (Reuters) - The Pentagon has awarded Lockheed Martin a $7.4 billion contract for 96 F-35 fighter jets, the Defense Department said on Wednesday.",
        True,
        [("date", "--10-21", None, None), ("money", 7400000000, "USD", None), ("count", 96, None, None)],
        None,
    ),
    (
        "en",
        "The lot includes 24 jets for foreign buyers, among them Poland, Finland and Switzerland.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "An F-35A from the lot will cost about $81 million, roughly 2% less than in the previous batch, the F-35 program office said.",
        True,
        [("money", 81000000, "USD", "about"), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        '"The F-35 will remain the backbone of allied air power for decades," a Lockheed spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lockheed has delivered 1,215 F-35s to customers since the program began, the company said.",
        True,
        [("count", 1215, None, None)],
        "the company",
    ),
    (
        "en",
        "Deliveries were held up for about nine months last year while the jets waited for a software upgrade.",
        True,
        [("duration", 9, "month", "about")],
        None,
    ),
    (
        "en",
        "About a quarter of the fleet was not mission-capable at any given time last year, a Government Accountability Office report found.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Wehrdienst-Gesetz (dpa), Donnerstag, 22. Oktober ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat das Gesetz über den neuen Wehrdienst mit 352 zu 271 Stimmen bei 12 Enthaltungen beschlossen.",
        True,
        [("count", 352, None, None), ("count", 271, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Alle Männer des Jahrgangs 2009 erhalten demnach ab dem 1. Januar einen Fragebogen, den sie binnen vier Wochen zurückschicken müssen.",
        True,
        [("year", 2009, None, None), ("date", "--01-01", None, None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Ab Januar 2028 wird zudem die verpflichtende Musterung für alle 18-Jährigen wieder eingeführt.",
        True,
        [("year", 2028, None, None), ("duration", 18, "year", None)],
        None,
    ),
    (
        "de",
        "Wer sich für mindestens zwölf Monate verpflichtet, erhält einen Zuschuss zum Führerschein von bis zu 3.500 Euro.",
        True,
        [("duration", 12, "month", "at_least"), ("money", 3500, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Wallbrecht sagte, er rechne im ersten Jahr mit rund 23.000 Freiwilligen.",
        True,
        [("ordinal", 1, None, None), ("count", 23000, None, "about")],
        "Wallbrecht",
    ),
    (
        "de",
        "Melden sich nicht genug Freiwillige, kann der Bundestag per Gesetz eine Bedarfswehrpflicht beschließen.",
        True,
        [],
        None,
    ),
    ("de", "Die Linke sprach von einer „Wehrpflicht auf Raten“.", False, [], None),
    ("de", "Ob die Kasernen genug Platz für die zusätzlichen Rekruten bieten, ist weiter offen.", False, [], None),
    # --- German service law (Reuters), October 22 ---
    (
        "en",
        "BERLIN, Oct 22 (Reuters) - Germany's parliament voted 352-271 on Thursday to bring in a new form of military service that could lead back to conscription.",
        True,
        [("date", "--10-22", None, None), ("count", 352, None, None), ("count", 271, None, None)],
        None,
    ),
    (
        "en",
        "From Jan. 1, all men born in 2009 must fill in a questionnaire on their fitness and willingness to serve.",
        True,
        [("date", "--01-01", None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Volunteers who sign up for at least 12 months will be paid about 2,700 euros a month before tax.",
        True,
        [("duration", 12, "month", "at_least"), ("money", 2700, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Wallbrecht said he expected about 23,000 volunteers in the first year.",
        True,
        [("count", 23000, None, "about"), ("ordinal", 1, None, None)],
        "Wallbrecht",
    ),
    ("en", '"Nobody should mistake this law for a return to the old barracks army," Wallbrecht said.', False, [], None),
    (
        "en",
        "Youth organisations fear the questionnaire is a step toward compulsory service for everyone.",
        False,
        [],
        None,
    ),
    # --- Exercise in Lithuania (AFP), October 26 ---
    (
        "en",
        "VILNIUS (AFP) - About 14,000 troops from 11 NATO countries began a two-week exercise in Lithuania and Poland on Monday to rehearse the defence of the Suwalki Gap.",
        True,
        [("count", 14000, None, "about"), ("count", 11, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Germany is contributing some 3,500 soldiers and 180 armoured vehicles, including Leopard 2A7 tanks and Puma infantry fighting vehicles.",
        True,
        [("count", 3500, None, "about"), ("count", 180, None, None)],
        None,
    ),
    (
        "en",
        "The drills involve about 1,100 armoured vehicles and 60 aircraft and end on Nov. 6.",
        True,
        [("count", 1100, None, "about"), ("count", 60, None, None), ("date", "--11-06", None, None)],
        None,
    ),
    (
        "en",
        "Defence Minister Aurelija Stankevičiūtė said it was the largest exercise on Lithuanian soil since the country regained independence in 1990.",
        True,
        [("year", 1990, None, None)],
        "Aurelija Stankevičiūtė",
    ),
    ("en", '"We train here so that nobody is tempted to test us," Stankevičiūtė said.', False, [], None),
    (
        "en",
        'Russia\'s defence ministry called the drills "a rehearsal for aggression" on its borders.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The German brigade stationed in Lithuania is due to reach its full strength of about 5,000 troops by the end of 2027.",
        True,
        [("count", 5000, None, "about"), ("year", 2027, None, None)],
        None,
    ),
    # --- Nato-Übung in Litauen (dpa), Montag, 26. Oktober ---
    (
        "de",
        "Pabradė (dpa) - Mit rund 3.500 Soldatinnen und Soldaten stellt die Bundeswehr das größte Kontingent der zweiwöchigen Nato-Übung in Litauen und Polen.",
        True,
        [("count", 3500, None, "about"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Insgesamt nehmen etwa 14.000 Soldaten aus elf Staaten teil.",
        True,
        [("count", 14000, None, "about"), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Brigadegeneral Sönke Harmsen sagte, erstmals übe die 10. Panzerdivision dabei die Verlegung einer kompletten Brigade über mehr als 1.000 Kilometer.",
        True,
        [("ordinal", 10, None, None), ("count", 1000, None, "over")],
        "Sönke Harmsen",
    ),
    ("de", "„Abschreckung muss man sehen können, sonst wirkt sie nicht“, sagte Harmsen.", False, [], None),
    (
        "de",
        "Die Verlegung der Kampfpanzer per Bahn dauerte knapp vier Tage.",
        True,
        [("duration", 4, "day", "nearly")],
        None,
    ),
    ("de", "Moskau bezeichnete das Manöver als „Provokation an den Grenzen Russlands“.", False, [], None),
    # --- Herbst-Rekrutenschule (Keystone-SDA), Dienstag, 27. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - In die Herbst-Rekrutenschule sind rund 11'600 junge Frauen und Männer eingerückt, gut 4 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 11600, None, "about"), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Frauenanteil stieg auf 2,4 Prozent, wie die Armee mitteilte.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Armeechef Reto Tscharner sagte, innert zehn Jahren solle die Armee wieder auf einen Bestand von 150'000 Angehörigen kommen.",
        True,
        [("duration", 10, "year", None), ("count", 150000, None, None)],
        "Reto Tscharner",
    ),
    ("de", "«Wir verlieren zu viele gut ausgebildete Leute an den Zivildienst», sagte Tscharner.", False, [], None),
    (
        "de",
        "Im vergangenen Jahr wechselten gemäss Bundesamt für Zivildienst 6'940 Personen aus der Armee in den Zivildienst.",
        True,
        [("count", 6940, None, None)],
        None,
    ),
    (
        "de",
        "Die Rekrutenschule dauert für die meisten Funktionen 18 Wochen.",
        True,
        [("duration", 18, "week", None)],
        None,
    ),
    ("de", "Ob der Bundesrat die Hürden für den Wechsel erhöht, liess Tscharner offen.", False, [], None),
    # --- Australia's defence spending (AAP), October 28 ---
    (
        "en",
        "SYDNEY (AAP) - Australia's military budget is to grow to 2.5% of GDP by 2034, Defence Minister Gareth Pellowe said on Wednesday.",
        True,
        [("percent", 2.5, "%", None), ("year", 2034, None, None)],
        "Gareth Pellowe",
    ),
    (
        "en",
        "The increase adds A$18.6 billion over the next 10 years, most of it for long-range missiles and drones.",
        True,
        [("money", 18600000000, "AUD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "The defence budget for this financial year stands at A$59.3 billion, up from A$55.7 billion.",
        True,
        [("money", 59300000000, "AUD", None), ("money", 55700000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The Australian Defence Force has about 59,000 permanent personnel, some 4,200 short of its target, according to the Department of Defence.",
        True,
        [("count", 59000, None, "about"), ("count", 4200, None, "about")],
        None,
    ),
    (
        "en",
        '"We are not spending for show, we are spending because our region has changed," Pellowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Recruitment rose 19% in the year to June, the first increase in four years, Pellowe said.",
        True,
        [("percent", 19, "%", None), ("ordinal", 1, None, None), ("duration", 4, "year", None)],
        None,
    ),
    ("en", "The Greens argued that housing and hospitals needed the money more.", False, [], None),
    # --- Rüstungsexporte (dpa), Donnerstag, 29. Oktober ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung hat in den ersten drei Quartalen Rüstungsexporte im Wert von 9,4 Milliarden Euro genehmigt.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("money", 9400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte davon entfiel auf die Ukraine, wie aus einer Antwort des Wirtschaftsministeriums auf eine Anfrage der Linken hervorgeht.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Auf Platz zwei folgte Norwegen mit 780 Millionen Euro, auf Platz drei Singapur mit 410 Millionen Euro.",
        True,
        [
            ("ordinal", 2, None, None),
            ("money", 780000000, "EUR", None),
            ("ordinal", 3, None, None),
            ("money", 410000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Staatssekretär Jörn Haverkamp sagte, die Genehmigungen für Länder außerhalb von EU und Nato seien um 14 Prozent zurückgegangen.",
        True,
        [("percent", 14, "%", None)],
        "Jörn Haverkamp",
    ),
    (
        "de",
        "Auf diese sogenannten Drittstaaten entfielen damit weniger als zehn Prozent aller Genehmigungen.",
        True,
        [("percent", 10, "%", "under")],
        None,
    ),
    (
        "de",
        "„Wir liefern an Partner, die sich verteidigen müssen, nicht an jeden, der bestellt“, sagte Haverkamp.",
        False,
        [],
        None,
    ),
    # --- Hintergrund: Nato-Ausgaben (APA), Freitag, 30. Oktober ---
    ("de", "Hintergrund: Wer in der Nato wie viel für Verteidigung ausgibt", False, [], None),
    (
        "de",
        "Nach Schätzungen der Nato geben die 32 Mitgliedstaaten in diesem Jahr zusammen rund 1,5 Billionen Dollar für Verteidigung aus.",
        True,
        [("count", 32, None, None), ("money", 1500000000000, "USD", "about")],
        None,
    ),
    ("de", "Knapp zwei Drittel davon entfallen auf die USA.", True, [("fraction", 0.6667, None, "nearly")], None),
    (
        "de",
        "An der Spitze liegt Polen mit 4,4 Prozent der Wirtschaftsleistung, Deutschland belegt mit 2,4 Prozent Platz zwölf.",
        True,
        [("percent", 4.4, "%", None), ("percent", 2.4, "%", None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die deutsche Quote stieg binnen eines Jahres um 0,3 Prozentpunkte.",
        True,
        [("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "Sieben Mitgliedstaaten liegen noch unter der Marke von zwei Prozent, darunter Spanien und Belgien.",
        True,
        [("count", 7, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Beim Gipfel in Den Haag 2025 hatten sich die Staats- und Regierungschefs auf 3,5 Prozent für Kernverteidigung plus 1,5 Prozent für Infrastruktur bis 2035 verständigt.",
        True,
        [
            ("year", 2025, None, None),
            ("percent", 3.5, "%", None),
            ("percent", 1.5, "%", None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    ("de", "Ob die Ziele in Zeiten knapper Kassen halten, bezweifeln viele Haushälter.", False, [], None),
    # --- British Army strength (PA), November 2 ---
    (
        "en",
        "LONDON (PA) - The regular British Army shrank to 69,450 trained soldiers in the year to October, the lowest level since Napoleonic times, according to Ministry of Defence statistics.",
        True,
        [("count", 69450, None, None)],
        None,
    ),
    (
        "en",
        "Applications rose by nearly a fifth after the wait between applying and starting training was cut to 60 days, the MoD said.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 60, "day", None)],
        "the MoD",
    ),
    (
        "en",
        "Brigadier Owen Trelawney, who runs Army recruiting, said fewer than one in eight applicants now drop out before basic training.",
        True,
        [("fraction", 0.125, None, "under")],
        None,
    ),
    (
        "en",
        "About 5,600 soldiers left the regular Army over the same period, nearly 400 more than joined it.",
        True,
        [("count", 5600, None, "about"), ("count", 400, None, "nearly")],
        None,
    ),
    ("en", '"The Army is a career again, not a gap year," Trelawney said.', False, [], None),
    (
        "en",
        "The Army wants to return to 73,000 regulars by 2030.",
        True,
        [("count", 73000, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("en", 'The Conservatives accused ministers of "managing decline".', False, [], None),
    # --- Marine (dpa), Dienstag, 3. November ---
    (
        "de",
        "Kiel (dpa) - Die Deutsche Marine bekommt zwei weitere U-Boote vom Typ 212CD.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Haushaltsausschuss gab dafür am Dienstag rund 4,7 Milliarden Euro frei, also gut 2,3 Milliarden Euro pro Boot.",
        True,
        [("money", 4700000000, "EUR", "about"), ("money", 2300000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Marineinspekteur Jan-Hendrik Poppinga sagte, das erste der beiden Boote solle 2032 in Dienst gestellt werden, das zweite ein Jahr später.",
        True,
        [("ordinal", 1, None, None), ("year", 2032, None, None), ("ordinal", 2, None, None)],
        "Jan-Hendrik Poppinga",
    ),
    ("de", "„Die Ostsee ist kein Binnenmeer des Friedens mehr“, sagte Poppinga.", False, [], None),
    (
        "de",
        "Die Fregatte F127 soll nach Angaben des Beschaffungsamts mit rund eineinhalb Jahren Verspätung ausgeliefert werden.",
        True,
        [("duration", 1.5, "year", "about")],
        "das Beschaffungsamt",
    ),
    (
        "de",
        "Derzeit verfügt die Marine über sechs U-Boote, von denen nach Angaben aus Marinekreisen nur zwei einsatzbereit sind.",
        True,
        [("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Die Opposition sprach von einer „Dauerbaustelle unter Wasser“.", False, [], None),
    # --- Taiwan arms sale (AP), November 4 ---
    (
        "en",
        "WASHINGTON (AP) — The State Department has approved a possible $690 million sale of 18 HIMARS rocket launchers and related equipment to Taiwan, the Pentagon said Wednesday.",
        True,
        [("money", 690000000, "USD", None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "It is the sixth sale of U.S. weapons to the island approved this year.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The package also includes 84 Army Tactical Missile System rockets with a range of about 300 km.",
        True,
        [("count", 84, None, None), ("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Taiwan's defense ministry said the first launchers were expected within 30 months.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "en",
        'China\'s foreign ministry said the sale "seriously undermines" peace in the Taiwan Strait.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Taiwan plans to spend 3.1% of GDP on defense next year, up from 2.45% this year, according to budget documents.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.45, "%", None)],
        None,
    ),
    (
        "en",
        '"Every dollar we spend on deterrence is a dollar we hope never to need," a Taiwanese defense official said.',
        False,
        [],
        None,
    ),
    # --- Drohnen über Kasernen (dpa), Mittwoch, 4. November ---
    (
        "de",
        "Berlin (dpa) - Über Kasernen und Übungsplätzen der Bundeswehr sind in diesem Jahr bislang mehr als 540 verdächtige Drohnenflüge gemeldet worden.",
        True,
        [("count", 540, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus einer Antwort des Verteidigungsministeriums auf eine Anfrage der Grünen-Fraktion.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In knapp 60 Fällen hätten die Drohnen länger als eine halbe Stunde über den Liegenschaften gekreist, heißt es in der Antwort.",
        True,
        [("count", 60, None, "nearly"), ("duration", 0.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Das Kabinett hat am Mittwoch einen Gesetzentwurf beschlossen, nach dem Soldaten Drohnen über militärischen Anlagen künftig auch abschießen dürfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir lassen uns nicht länger auf der Nase herumtanzen“, sagte ein Sprecher des Verteidigungsministeriums.",
        False,
        [],
        None,
    ),
    # --- Zweite Arrow-Feuereinheit (Reuters), Donnerstag, 5. November ---
    (
        "de",
        "Berlin (Reuters) - Die zweite Feuereinheit des Raketenabwehrsystems Arrow 3 ist auf einem Luftwaffenstützpunkt in Sachsen-Anhalt in Betrieb gegangen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das System kann ballistische Raketen in über 100 Kilometern Höhe abfangen, teilte die Luftwaffe mit.",
        True,
        [("count", 100, None, "over")],
        None,
    ),
    (
        "de",
        "Luftwaffeninspekteur Ansgar Tiedemeyer sagte, bis 2030 sollten insgesamt vier Feuereinheiten an drei Standorten einsatzbereit sein.",
        True,
        [("year", 2030, None, None), ("count", 4, None, None), ("count", 3, None, None)],
        "Ansgar Tiedemeyer",
    ),
    (
        "de",
        "Der Kaufvertrag mit Israel hat nach Angaben des Verteidigungsministeriums inzwischen einen Umfang von knapp 4,2 Milliarden Euro.",
        True,
        [("money", 4200000000, "EUR", "nearly")],
        None,
    ),
    ("de", "„Mit Arrow 3 schließen wir eine Lücke, die viel zu lange offen stand“, sagte Tiedemeyer.", False, [], None),
    # --- Drones over Poland (Reuters), November 5 ---
    (
        "en",
        "WARSAW, Nov 5 (Reuters) - Polish and Dutch F-35s shot down at least nine of 23 drones that crossed into Polish airspace from Belarus overnight, Poland's operational command said.",
        True,
        [("date", "--11-05", None, None), ("count", 9, None, "at_least"), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "It was the third such incursion since September and the largest so far.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Poland's prime minister said he had requested NATO consultations under Article 4 of the alliance's founding treaty.",
        True,
        [],
        None,
    ),
    ("en", '"This was not an accident, it was a test," the prime minister told parliament.', False, [], None),
    (
        "en",
        "Three airports in eastern Poland were closed for about six hours.",
        True,
        [("count", 3, None, None), ("duration", 6, "hour", "about")],
        None,
    ),
    ("en", "Belarus's defence ministry said it had tracked the drones but denied any involvement.", True, [], None),
    # --- Bilanz des Sondervermögens (dpa), Freitag, 6. November ---
    (
        "de",
        "Berlin (dpa) - Das 100-Milliarden-Euro-Sondervermögen für die Bundeswehr ist nach Angaben des Verteidigungsministeriums bis auf einen Rest von gut 800 Millionen Euro vertraglich gebunden.",
        True,
        [("money", 100000000000, "EUR", None), ("money", 800000000, "EUR", "over")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Knapp drei Viertel der Mittel flossen in Großprojekte wie die F-35-Kampfjets, schwere Transporthubschrauber vom Typ CH-47F und die Fregatten F126.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Von den 40 bestellten F-35A sollen die ersten acht im kommenden Jahr in den USA an deutsche Piloten übergeben werden.",
        True,
        [("count", 40, None, None), ("ordinal", 1, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Die CDU-Haushälterin Kerstin Auffenberg sagte, ohne das Sondervermögen hätte die Truppe bis heute kaum neues Großgerät erhalten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auffenberg sagte, für die Zeit nach dem Sondervermögen fehlten im Finanzplan ab 2028 jährlich rund 30 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("money", 30000000000, "EUR", "about")],
        "Auffenberg",
    ),
    (
        "de",
        "Der Bundesrechnungshof hatte im Sommer bemängelt, dass bei fast jedem dritten Vorhaben Kosten oder Zeitplan überschritten wurden.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    # --- Dutch army reserve (Reuters), November 9 ---
    (
        "en",
        "THE HAGUE, Nov 9 (Reuters) - The Netherlands will double the size of its army reserve to 24,000 by 2030 and introduce a voluntary one-year service, the defence ministry said on Monday.",
        True,
        [
            ("date", "--11-09", None, None),
            ("count", 24000, None, None),
            ("year", 2030, None, None),
            ("duration", 1, "year", None),
        ],
        "the defence ministry",
    ),
    (
        "en",
        "State Secretary for Defence Joost Wiersma said the first 2,000 volunteers would start in September.",
        True,
        [("ordinal", 1, None, None), ("count", 2000, None, None)],
        "Joost Wiersma",
    ),
    ("en", '"Defence can no longer be left to professionals alone," Wiersma said.', False, [], None),
    (
        "en",
        "Dutch military spending will climb to 2.6% of GDP next year from 2.2%, according to the ministry's budget.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "en",
        "The ministry also ordered 46 more Leopard 2A8 tanks for about 1.2 billion euros, to be delivered from 2029.",
        True,
        [("count", 46, None, None), ("money", 1200000000, "EUR", "about"), ("year", 2029, None, None)],
        None,
    ),
    ("en", 'The Socialist Party called the plans "militarisation by stealth".', False, [], None),
    # --- U.S. troops in Europe (AP), November 9 ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. Army will send an armored brigade of about 4,100 soldiers to Poland for a nine-month rotation starting in January, the Pentagon said Monday.",
        True,
        [("count", 4100, None, "about"), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "The 3rd Infantry Division's 1st Armored Brigade Combat Team will replace a brigade from Fort Hood, Texas.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The rotation will be the 14th by a U.S. armored brigade since 2017.",
        True,
        [("ordinal", 14, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "About 78,000 U.S. troops are now stationed in or rotating through Europe, down from a peak of roughly 105,000 in 2022.",
        True,
        [("count", 78000, None, "about"), ("count", 105000, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Gen. Marcus Hollenbeck, the head of U.S. European Command, told senators that any further cuts would weaken deterrence against Russia.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hollenbeck said the command needed at least two more air defence battalions in Europe by 2028.",
        True,
        [("count", 2, None, "at_least"), ("year", 2028, None, None)],
        "Hollenbeck",
    ),
    ("en", "A Pentagon spokesperson declined to say whether further reductions were planned.", False, [], None),
    # --- Miliz und Grundwehrdienst (APA), Dienstag, 10. November ---
    (
        "de",
        "Wien (APA) - Zum Grundwehrdienst sind im Oktober 5.430 junge Männer eingerückt, um rund sieben Prozent weniger als vor einem Jahr.",
        True,
        [("count", 5430, None, None), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Fast jeder vierte Stellungspflichtige entschied sich für den Zivildienst, teilte das Verteidigungsministerium in Wien mit.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Gansterer sagte, die Miliz solle bis 2032 von derzeit rund 22.000 auf 30.000 beorderte Soldaten wachsen.",
        True,
        [("year", 2032, None, None), ("count", 22000, None, "about"), ("count", 30000, None, None)],
        "Gansterer",
    ),
    ("de", "„Ohne Miliz gibt es kein Bundesheer, das diesen Namen verdient“, sagte Gansterer.", False, [], None),
    (
        "de",
        "Dafür sollen verpflichtende Milizübungen im Umfang von höchstens 30 Tagen wieder eingeführt werden.",
        True,
        [("duration", 30, "day", "at_most")],
        None,
    ),
    (
        "de",
        "Der Ministerrat soll das Paket am 18. November beschließen.",
        True,
        [("date", "--11-18", None, None)],
        None,
    ),
    # --- Sweden's Gripen order (Reuters), November 11 ---
    (
        "en",
        "STOCKHOLM, Nov 11 (Reuters) - Sweden will buy 12 more JAS 39 Gripen E fighters and two airborne early-warning aircraft for a combined 31 billion crowns ($3.3 billion), the government said on Wednesday.",
        True,
        [
            ("date", "--11-11", None, None),
            ("count", 12, None, None),
            ("count", 2, None, None),
            ("money", 31000000000, "SEK", None),
            ("money", 3300000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Defence Minister Pål Edvinsson said the air force would receive the first of the new fighters in 2029.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        "Pål Edvinsson",
    ),
    (
        "en",
        "Sweden's defence spending will reach 2.9% of GDP next year and 3.5% by 2030, he said.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.5, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"Sweden builds its own aircraft because it has learned not to rely on anyone else\'s goodwill," Edvinsson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The armed forces said about 8,300 conscripts would start basic training next year, up from 7,600.",
        True,
        [("count", 8300, None, "about"), ("count", 7600, None, None)],
        None,
    ),
    # --- Tirana summit dates (Reuters), November 12 ---
    (
        "en",
        "BRUSSELS, Nov 12 (Reuters) - NATO leaders will hold their next summit in Tirana on July 7-8, the alliance said on Thursday.",
        True,
        [("date", "--11-12", None, None), ("date", "--07-07", None, None), ("date", "--07-08", None, None)],
        None,
    ),
    (
        "en",
        "It will be the first NATO summit in Albania, which joined the alliance in 2009.",
        True,
        [("ordinal", 1, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Diplomats said the summit would review progress toward the 5% goal agreed in The Hague, of which 3.5% is for core defence.",
        True,
        [("percent", 5, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        "Eleven allies still spend less than 2.5% of GDP on defence, according to NATO's latest estimates.",
        True,
        [("count", 11, None, None), ("percent", 2.5, "%", "under")],
        None,
    ),
    (
        "en",
        "Albania's prime minister said his government would lift military spending to 2.5% of GDP ahead of the summit.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        '"Tirana will show that the Western Balkans are part of Europe\'s security, not a grey zone," the prime minister said.',
        False,
        [],
        None,
    ),
    ("en", "Some allies fear the meeting will be overshadowed by quarrels over burden-sharing.", False, [], None),
    # --- Bereinigungssitzung (dpa), Freitag, 13. November ---
    (
        "de",
        "Berlin (dpa) - In seiner 15-stündigen Bereinigungssitzung hat der Haushaltsausschuss den Verteidigungsetat um 1,2 Milliarden Euro auf 94,9 Milliarden Euro aufgestockt.",
        True,
        [("duration", 15, "hour", None), ("money", 1200000000, "EUR", None), ("money", 94900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zugleich billigten die Haushälter 27 Beschaffungsvorhaben, darunter 600 Radschützenpanzer vom Typ Boxer und zwei Dutzend Flugabwehrpanzer Skyranger 30.",
        True,
        [("count", 27, None, None), ("count", 600, None, None), ("count", 24, None, None)],
        None,
    ),
    ("de", "Die Radhaubitzen RCH 155 sollen ab 2028 an das Heer gehen.", True, [("year", 2028, None, None)], None),
    (
        "de",
        "Der Ausschussvorsitzende Matthias Oltrogge sprach von einem „Kraftakt in schwieriger Haushaltslage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oltrogge sagte, die Zahl der sogenannten 25-Millionen-Euro-Vorlagen habe in diesem Jahr mit 112 einen Höchststand erreicht.",
        True,
        [("money", 25000000, "EUR", None), ("count", 112, None, None)],
        "Oltrogge",
    ),
    (
        "de",
        "Die Linke stimmte gegen sämtliche Rüstungsvorhaben, die AfD enthielt sich bei den Ukraine-Hilfen.",
        True,
        [],
        None,
    ),
    # --- Aid to Ukraine (AFP), November 13 ---
    (
        "en",
        "BERLIN (AFP) - European governments committed 41 billion euros in military aid to Ukraine in the first nine months, more than in all of last year, the Kiel Institute said on Friday.",
        True,
        [("money", 41000000000, "EUR", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "Germany was the largest single donor with 11.6 billion euros, followed by Britain and the Nordic countries.",
        True,
        [("money", 11600000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "That is roughly 0.1% of the donors' combined economic output, the institute estimated.",
        True,
        [("percent", 0.1, "%", "about")],
        None,
    ),
    (
        "en",
        "U.S. deliveries have dwindled to almost nothing since the start of the year, the institute said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Researcher Helene Brückmann said European aid now covered about two-thirds of Ukraine's needs for artillery ammunition.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Helene Brückmann",
    ),
    (
        "en",
        '"Europe has stepped up, but the gap left by Washington is still far from closed," Brückmann said.',
        False,
        [],
        None,
    ),
]
