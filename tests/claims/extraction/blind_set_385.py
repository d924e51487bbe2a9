"""Three-hundred-and-eighty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Jörg Wallhausen, Benedikt Scharrenbach, Reinhold Pfannhauser, Marco Heiniger, the Rheinwerk
Chlor AG, Tilman Vogelsang, Ilka Brammertz; Darnell Whitfield, Sabine Gulf Olefins,
Gulfside Industries, Tammy Spurlock, Carquinez Energy, Rohan Desai, Prairie Gold
Cooperative, Renee Sokolowski, Park Seong-ho, Hanbit Cell Energy, Mersey Fine Chemicals,
Graham Tolley, Dale Brennecke, Ramona Escalante, Bayou Crest Refining; a chemical maker in
Dormagen, a steelworks in Kapfenberg, a potash miner in Sondershausen, a chemical works in
Brunsbüttel, a dairy in the Allgäu, a recycler in the Bezirk Amstetten, a metalworks in
Spreitenbach, a quarry in the Thal, the railroads in Kentucky and Minnesota, the mines in
Shanxi and Zonguldak, the plants in Jiangsu, Gujarat, Normandy and Mexico City and a
fireworks factory in Thailand left unnamed; every unnamed firefighter, miner, rescuer,
neighbour, worker, mother, defendant, official, spokesperson and community leader);
holders of real offices appear under made-up names that stand for no real holder (the
DGUV's chief executive, the Chemical Safety Board's chair, South Korea's labour minister, a
Kentucky county's emergency manager, a Minnesota sheriff, a district collector, an HSE
inspector) or by their role only („der Landeshauptmann“, „der Bezirkshauptmann“, „der
Bürgermeister“, „der Leiter der Grubenwehr“, „die Staatsführung“, "the energy minister",
"Gujarat's chief minister", "the mayor", "the provincial governor", "the prime minister").
Real states, bodies, courts, places and things (dpa, APA, Keystone-SDA, AFP, Reuters, AP,
Dormagen, App Nina, Staatsanwaltschaft Düsseldorf, Kapfenberg, Landespolizeidirektion
Steiermark, LKH Graz, Liestal, Pratteln, Polizei Basel-Landschaft, A2, Rhein,
Sondershausen, Universität Jena, Peking, Jiangsu, Celle, Hannover, Hamburg, Bahn,
Bundesstelle für Eisenbahnunfalluntersuchung, St. Pölten, Bezirk Amstetten,
Bezirksfeuerwehrkommando Amstetten, Zivilschutzalarm, Aarau, Spreitenbach, Kantonspolizei
Aargau, Suva, Staatsanwaltschaft Baden, Meldorf, Amtsgericht Meldorf, Brunsbüttel,
Wien-Floridsdorf, Berufsfeuerwehr Wien, Wiener Netze, Kempten, Allgäu, Technisches
Hilfswerk, Gewerkschaft NGG, Paris, Normandie, Präfektur, Seveso, Staatsanwaltschaft Rouen,
Berlin, Deutsche Gesetzliche Unfallversicherung, Unfallkassen, Berufsgenossenschaften,
Balsthal, Thal, Richteramt Thal-Gäu, Obergericht; Beaumont, Jefferson County, the Jefferson
County Sheriff's Office, the U.S. Chemical Safety Board, CSB, Hazard, Perry County, the
National Transportation Safety Board, Beijing, Shanxi, Xinhua, the National Mine Safety
Administration, Ankara, Zonguldak, AFAD, Martinez, the Carquinez Strait, Ahmedabad, Gujarat,
Omaha, the Occupational Safety and Health Administration, OSHA, Seoul, the Serious
Accidents Punishment Act, Port Harcourt, Rivers state, the National Emergency Management
Agency, London, the Health and Safety Executive, Willmar, Kandiyohi County, Mexico City,
Bangkok, Washington, Louisiana, the American Petroleum Institute, and the datelines'
cities) stand for the way wire copy names them; every toll, revision, radius, reading,
crew, time, fine, sum, share, age, date and quote here is invented, no real accident is
told, and where a real figure came to mind (a real toll of a mine or plant disaster, a real
evacuation zone, a real fine, a real accident statistic) it was changed or the reference
dropped (the years of laws kept).

Its weight: INDUSTRIAL ACCIDENTS AND EXPLOSIONS (the two-hundred-and-third batch weighed
fires, accidents and rescues with industrial accidents among them, the hundred-seventh,
two-hundred-and-thirty-first and three-hundred-and-thirty-ninth transport accidents and
safety investigations, the three-hundred-and-fifty-second police reports, fires and
rescues and the three-hundred-and-sixty-third natural disasters, their tolls and their
revisions, and their decisions are kept) - chemical plant fires and blasts, gas
explosions, mine accidents, train derailments with hazardous cargo, and the investigations,
trials and fines that follow them, over one year in story order (January to December), 28
short stories with the German and English ones interleaved by month, each told as wire
copy runs it (a dateline lead with the toll, the crews, the warning and the radius, the
hours until the fire was under control, the toll revised, the cause as far as known, the
inquiry, quotes and reactions). Half German (dpa with its regional slugs "dpa/lnw",
"dpa/th", "dpa/lni", "dpa/lno", "dpa/lby"; APA with Austrian „Landespolizeidirektion“,
„Spital“, „Anrainerin“, „Bezirksfeuerwehrkommando“, „Zivilschutzalarm“; Keystone-SDA with
Swiss „gemäss“, „grosses“, „Mitarbeitende“, „Busse“, „Tagessätzen“, „Genugtuung“,
„weitergezogen“, „80'000“, «» quotes; AFP German with „Peking (AFP) -“ and „Paris (AFP)
-“; German „“ quotes): a chemical plant blast in Dormagen, a ladle accident in a
Kapfenberg steelworks, a chlorine leak in Pratteln, a rock burst in a Thuringian potash
mine, a chemical plant blast in Jiangsu, a dangerous-goods train derailed near Celle, a
recycling plant fire in Lower Austria, a gas explosion in a metalworks in the Aargau, a
verdict after a chemical plant blast in Brunsbüttel, a gas explosion in a Vienna block of
flats, an ammonia leak in an Allgäu dairy, a blast at a Seveso plant in Normandy,
Germany's annual tally of fatal workplace accidents and a verdict after a quarry blast in
the canton of Solothurn. Half English (Reuters, AP, AFP): a petrochemical plant blast near
Beaumont, a hazardous freight train derailed in Kentucky, a coal mine gas explosion in
Shanxi, a firedamp explosion in a Zonguldak mine, a refinery fire in Martinez, a reactor
blast in Gujarat, penalties after a grain elevator explosion in Nebraska, a battery
factory fire south of Seoul, an illegal refinery explosion in the Niger Delta, a British
company's fine after a plant explosion, an ethanol train derailed in Minnesota, a gas
plant explosion in Mexico City, a fireworks factory blast in Thailand and the Chemical
Safety Board's final report on a Louisiana refinery blast. Figures as such copy has them:
tolls counted and revised (a survivor found alive, people counted twice, the injured who
died), the injured with ages, crews, vehicles and fire brigades, evacuation radii and
exclusion zones in kilometres, metres and miles („im Umkreis von drei Kilometern“,
„Ein-Kilometer-Sperrzone“, „Sicherheitsperimeter von 800 Metern“, "a one-mile radius", "a
half-mile radius", "a 500-metre radius", "reaching 1 mile in every direction"), the reach
of a blast, hours until the fire was under control or out („nach einem knapp
fünfstündigen Löscheinsatz“, „„Brand aus“ ... erst nach 14 Stunden“, „anderthalb Tage“,
„eine Dreiviertelstunde“, "about four and a half hours", "a 12-hour night shift"), hours
of shelter-in-place orders and evacuations, depths and magnitudes in mines, readings in
ppm and percent, steel in degrees, fines, penalties, costs, compensation and damage in
euros, francs, yuan, rupees („4 lakh“), pesos, pounds, dollars and cents, sentences in
months and day-fines, the n-th accident of its kind, shares and fractions, years and
dates. Negatives as such copy has them - 56 of the rows, none with a figure: firefighters',
workers', miners', neighbours' and relatives' quotes of what they saw and felt,
condolences and thanks, a company's regret, labels („sprach von“, „zeigte sich
„zutiefst erschüttert““), rhetoric and verdicts of officials, inspectors and lobbies
("a disaster waiting to happen", "entirely preventable", "a gamble with people's lives",
„halten ... für ausreichend“), accusations and complaints naming no act, a call to punish
naming no step, a hope, fears, an evasion after a verdict and open questions on the cause,
each near a check-worthy look-alike from the same story (often the same speaker's figure).

244 rows (122 German, 122 English), 56 negatives (28 German, 28 English), 188 check-worthy
rows of which 24 carry no figure (15 German, 9 English), 261 expected quantities (154
counts, 48 durations - 20 in hours, 18 in years, 5 in months, 4 in days, 1 in weeks -, 19
amounts of money - 5 USD, 4 EUR, 3 each GBP, CHF, 2 CNY, 1 each INR, MXN -, 12 years, 9
dates, 9 ordinals, 6 percentages, all in "%", 4 fractions; none of them in a negative), 35
checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  feeling, label, condolence, thanks, regret, verdict, hope, fear, accusation without a
  checkable act or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, two-hundred-and-third,
  three-hundred-and-thirty-ninth, three-hundred-and-sixty-third); a quoted or reported
  toll, figure, step, cause, finding or position is check-worthy with its speaker, also in
  Konjunktiv I (hundred-fifty-second). Pairs from one speaker: Whitfield's restart two days
  earlier beside "Our hearts go out ...", Pfannhauser's 240 workers beside „Wir sind
  fassungslos ...“, Heiniger's six hours beside «Wir hatten grosses Glück ...», Tolley's 17
  alarms beside "a disaster waiting to happen", Brammertz's statement on lone workers beside
  „Hinter jeder Zahl ...“ and Escalante's four postponements beside "a gamble with
  people's lives". New: „hätten sich in einen Rettungsraum flüchten können, teilte das
  Unternehmen mit“ is check-worthy with its speaker - Konjunktiv II standing in for a
  Konjunktiv I that would look like the indicative reports speech as Konjunktiv I does.
- Negatives (two-hundred-and-third, three-hundred-and-thirty-ninth,
  three-hundred-and-fifty-second, three-hundred-and-sixty-third), none with a figure:
  witnesses', workers', miners' and neighbours' quotes („Die Druckwelle hat hier alles
  durcheinandergewirbelt“, „Das ganze Haus hat gewackelt“, «Es gab einen gewaltigen
  Knall ...», "I heard a boom like thunder ...", "You could taste the smoke ...", "We heard
  the explosion ...", "I ran with my children ...", "There was fire everywhere ...", "It
  felt like the whole town was on fire") and scene colour (relatives at the mine gate,
  „Anwohner berichteten von einem „Feuerball ...““); feelings of the named and the unnamed
  (Pfannhauser, the mother, the Allgäu worker, the defendant's „nie vergessen“, "frightened
  to go back", "felt abandoned", "shocked and saddened"); condolences and thanks („sprach
  den Angehörigen sein Mitgefühl aus“, „dankte den Feuerwehren“, "Our hearts go out");
  the company's regret ("said it deeply regretted the accident"; three-hundred-and-
  thirty-ninth); labels („sprach von einem „Einsatz an der Grenze des Machbaren““, „sprach
  von einem „Warnschuss ...““, „sprach von einem «tragischen Unglück ...»“, „zeigte sich
  „zutiefst erschüttert““, "a miracle"); verdicts and rhetoric ("entirely preventable",
  "sent the wrong message", „Präzisionsarbeit unter extremen Bedingungen“, „Arbeitgeberverbände
  halten die bestehenden Vorschriften dagegen für ausreichend“ - ninety-eighth: „halten ...
  für“ -, the rescuer's "would not give up"); accusations and complaints naming no act
  (the opposition's "ignoring repeated warnings", the environmental groups' "turning a
  blind eye", „warfen den Behörden vor, die Risiken ... zu unterschätzen“, "Residents have
  complained for years ..."); a fear ("had long feared") and a hope ("hoped no other
  family ..."); an evasion after a verdict („Die Verteidigung kündigte an, das schriftliche
  Urteil genau zu prüfen.“ - two-hundred-and-seventy-sixth and three-hundredth: a review
  names no step) and after a question („..., ließ Geschäftsführer Tilman Vogelsang offen.“),
  what the company did not say, and open questions on the cause („Warum ...“, „Ob ...“,
  "It remained unclear ...", "What caused the reactor to overheat was not immediately
  clear.", "Whether the crew had received any warning ... was not immediately known.").
  New: „Die Staatsführung forderte, die Verantwortlichen „streng zu bestrafen“.“ is a
  negative - a call to punish those responsible names no step, as an appeal naming no
  measure (two-hundred-and-fourth), while an ordered inspection with its deadline ("The
  prime minister ordered inspections ... within 30 days") is a step and check-worthy.
- Check-worthy without a figure (two-hundred-and-third, three-hundred-and-thirty-ninth,
  three-hundred-and-fifty-second, three-hundred-and-sixty-third): investigations opened or
  taken over (the Staatsanwaltschaften Düsseldorf, Baden and Rouen, the Bundesstelle für
  Eisenbahnunfalluntersuchung, the NTSB's examination of a cracked rail, the HSE's guilty
  plea, the special inspection announced by Park), nobody hurt („Verletzt wurde nach
  bisherigen Erkenntnissen niemand.“, "No injuries were reported", "no injuries had been
  reported"), the cause as investigators see it („Ursache war nach ersten Erkenntnissen
  ...“), an exclusion left open („Ein Fremdverschulden schließt die Polizei nach
  derzeitigem Stand nicht aus.“; three-hundred-and-fifty-second), a reading that found
  nothing („keine giftigen Stoffe nachgewiesen“), the warning by Zivilschutzalarm
  (ninety-ninth: the warning through Nina, with its radius), a line closed „bis Sonntag“, a
  licence suspended and a permit revoked, an inspection passed in May, the firm's new dust
  collectors, the court's findings („Nach Überzeugung des Gerichts ...“) and the state of a
  judgment („Das Urteil ist noch nicht rechtskräftig“, „Das Urteil kann noch an das
  Obergericht weitergezogen werden.“; three-hundredth: „Gegen die Entscheidung ist kein
  Rechtsmittel mehr möglich.“). New: „„Brand aus“ meldeten die Einsatzkräfte erst nach 14
  Stunden.“ is check-worthy with 14 hours - the quoted words are the fire service's fixed
  report that a fire is out, not quoted speech of feeling, and „erst“ gives no hedge
  (eighty-first).
- Tolls and their revisions are labelled figure by figure (ninety-ninth,
  hundred-twenty-seventh, three-hundred-and-sixty-third): "The toll was later lowered to 10
  after one miner initially reported dead was found alive" 10 and 1 ("one" before a noun,
  hundred-sixty-ninth), "revised the toll down to eight ..., saying one body had been
  counted twice" 8, 1 and 2, „korrigierte die Polizei von 14 auf zwölf, weil zwei Personen
  zweimal erfasst worden waren“ 14, 12, 2 and 2, „stieg die Zahl der Todesopfer auf drei“,
  „korrigierten die Behörden die Zahl der Toten auf 31, sieben Menschen ...“, "By Tuesday
  the toll had risen to 23, with four miners still missing", "Two of the injured died ...,
  raising the toll to 10"; leads with hedged tolls („mindestens 26 Menschen“, „mindestens
  zwei Menschen“, "at least 18 miners", "At least 37 people", "at least 12 workers"
  "at_least"), „ein dritter“ ordinal 3 (three-hundred-and-sixty-third: „ein vierter“),
  "killed one worker" and "killed one worker and injured three others" 1 and 3.
- Evacuation radii, exclusion zones and the reach of a blast are counts of the figure as
  written (fifty-eighth: "a half-mile radius" 0.5; ninety-ninth: „in einem Umkreis von fünf
  Kilometern“; hundred-fifteenth: „Zehn-Kilometer-Sperrzone“; two-hundred-and-third: "a
  2-mile radius"): „im Umkreis von drei Kilometern“, „im Umkreis von 500 Metern“, „eine
  Sperrzone von drei Kilometern“, „einen Sicherheitsperimeter von 800 Metern“, „den
  vorgeschriebenen Sicherheitsabstand von 300 Metern“, "a half-mile radius" 0.5 and "a
  further 2 miles" 2 („weitere“ and "further" no hedge), "a 500-metre radius" 500 (the
  figure in a hyphenated compound, two-hundred-and-forty-fourth), "within 2 kilometres"
  ("within" no hedge), „noch in bis zu sechs Kilometern Entfernung“ and "up to 2 miles
  away", "up to 15 km away" "up_to"; "a one-mile radius" 1 (a number word heading a
  compound, two-hundred-and-third: "the five-storey building"). New: „eine
  Ein-Kilometer-Sperrzone“ is count 1 - the hyphen makes „Ein“ the number word heading the
  compound, as „Zehn“ in „Zehn-Kilometer-Sperrzone“, not an article. New: "an evacuation
  zone reaching 1 mile in every direction" is count 1 - a radius told in words is counted
  as "a 1-mile radius" would be.
- Readings and measures are counts (fourth, two-hundred-and-seventy-sixth,
  three-hundred-and-sixty-third): „rund 1.600 Grad heißer Stahl“ 1,600 "about"
  (fifty-seventh: temperatures), „mehr als 300 ppm Ammoniak, am Arbeitsplatz zulässig sind
  20 ppm“ 300 "over" and 20 („zeitweise“ no hedge), „rund 400 Kilogramm Chlorgas“, „in rund
  700 Metern Tiefe“, „mit einer Magnitude von 2,9“ (a rock burst measured as a quake, the
  hundred-thirty-fifth's magnitudes), "at a depth of 300 metres", "up to 3 inches deep",
  "about 35,000 cells", "around 1.5 tonnes of gunpowder, well above its licensed limit of
  500 kilograms" 1.5 "about" and 500 ("well above its" before the limit no hedge,
  three-hundred-and-sixty-third), "more than 3,000 feet of piping", „rund 4.000
  Quadratmeter“, „rund 20 Quadratmeter“, „rund 1,4 Millionen Liter Milch“ („täglich“ none),
  "about 1.2 million tonnes of coal a year", "an estimated 100,000 barrels of crude a day"
  "about" ("a year", "a day" none). "had exceeded 5%" is 5 with no hedge - the verb carries
  none (two-hundred-and-seventy-sixth: "regularly exceed 500").
- Crews, people and things are counts with their hedges (every batch): "rund 180
  Einsatzkräfte mit 42 Fahrzeugen", „Grubenwehren aus drei Bundesländern ... mit insgesamt
  64 Mann“ („insgesamt“ no hedge), „mehr als 500 Feuerwehrleute“, „38 Feuerwehren“, „rund
  150 Kräften“, „Rund 120 Feuerwehrleute“, „zwei Dutzend Beschäftigte“ 24 (the issue's "two
  dozen"; two-hundred-and-forty-fourth: „zwei Dutzend Dämme“), „elf der 24 Kesselwagen“,
  „Aus zwei der Waggons“, "Twenty-two of the train's 98 cars, and at least six of them" (a
  number word opening the row, three-hundredth), "Three of the derailed tank cars ... two",
  "One sulfur car" 1, "Of the 127 workers ..., 100", "58 men ..., 14 of whom", "Of the 16
  dead, 11", "11 serious violations and one willful violation" 11 and 1, "17 earlier
  alarms", "nine recommendations, three of them", "18 fire engines", "14 storage tanks",
  „ließ zwei Schulen räumen“, „zwei frühere Schichtleiter“; compounds counted as their
  number word („dreistöckigen Gebäude“ 3 and "the three-storey building" 3,
  two-hundred-and-third: „viergeschossigen“; "an eight-member team" 8,
  three-hundred-and-thirty-ninth: "a five-member committee"); "twice" 2 and "four times" 4
  (the issue's "viermal"). „120 Tagessätzen zu je 110 Franken“ gives the day-fines as a
  count and the rate as money („zu je“ no hedge; an earlier batch: „von 150 Tagessätzen à
  240 Franken“). None: „Die beiden“ (three-hundredth), „einer von rund 1.300
  Seveso-Standorten“ (the pronoun; the 1,300 counted "about"), "most of them", "several
  fuel storage pits", "several nearby houses", articles
  before a helicopter, a firefighter or a fireman („mit dem Notarzthubschrauber“,
  "a shift supervisor"), the road „A2“ and the canton suffixes „BL“ and „AG“
  (three-hundred-and-fifty-second), "Seveso" (a name). New: „in der Halle 4“ carries
  none - a numbered hall names a building as „Autobahn 4“ and „der Linie U4“ name a road
  and a line (three-hundred-and-thirty-ninth). New: „brachten sie unverletzt über Tage“
  carries none - „über Tage“ is the miners' word for the surface and names no span of days.
- Durations: hours until a fire was under control or out and hours of orders and rescues
  (the issue's "fünfstündigen"; two-hundred-and-third, three-hundred-and-fifty-second):
  „während rund zweieinhalb Stunden“ 2.5 "about", „gut sechs Stunden“ "over", „für
  mindestens 48 Stunden“ "at_least", „Nach gut 19 Stunden“ "over", „erst nach 14 Stunden“,
  „Erst nach rund 40 Stunden“ "about" („Erst“ no hedge), „für rund 36 Stunden“, „nach
  knapp drei Stunden“ "nearly", „jeweils rund eine Dreiviertelstunde“ 0.75 hours "about"
  („jeweils“ no hedge; fourteenth and seventeenth: „Dreiviertelstunde“), „über anderthalb
  Tage“ 1.5 days ("over" and „über“ before a span no hedge; two-hundred-and-twelfth:
  „anderthalb Monaten“), "for about six hours", "over roughly 30 hours" 30 "about", "about
  three hours after it started", "after nearly five hours", "about seven hours", "after
  about four and a half hours" 4.5 "about" (an earlier batch: "about four and a half
  hours"), "for more than 20 hours" "over", "about six hours", "roughly 52 hours after the
  derailment" "about", "a 12-hour night shift" 12 hours (three-hundredth: "a 72-hour
  walkout"), "a three-month safety inspection" 3 months, "15 business days" 15 days
  (hundred-eighth: "within eight business days"), "within 30 days", "two days earlier",
  "in 14 months", "in the two years to March" 2 years (two-hundred-and-forty-fourth: "in
  the 12 months to July"), "in two years", "for 11 years", „binnen drei Jahren“, „Gut zwei
  Jahre nach“ 2 years "over" and „Rund zwei Jahre nach“ "about", sentences („zwölf Monate
  ..., acht Monate auf Bewährung“, „jeweils 18 Monate“), "for at least six weeks"
  "at_least". New: „nach einem knapp fünfstündigen Löscheinsatz“ is 5 hours "nearly" - a
  hedge standing before a compound of a span hedges the figure inside it, as „knapp“
  before „fünf Stunden“ would. Ages are durations in years („im Alter von 34 und 51
  Jahren“ and „im Alter von 39 und 57 Jahren“ both, the unit written once, forty-sixth;
  „Der 28-jährige Verletzte“, „ein 46-jähriger Mitarbeiter“, „Der 58-Jährige“, „sein 49
  Jahre alter Kollege“, „ein 31 Jahre alter Anlagenfahrer“, „eine 79-jährige Frau“, „Der
  54-Jährige“, „ein 23-jähriger Lernender“). None: „bis auf Weiteres“, „vorübergehend“,
  „im vergangenen Jahr“, „im Jahr davor“, „im Vorjahr“, „am Vortag“, „täglich“, „seit
  Jahren“ (in a negative), "last year", "a year earlier", "this year", "a year", "a day",
  "for years" (in a negative), weekdays and their parts („am Dienstagmorgen“, „in der
  Nacht zum Mittwoch“, „in der Nacht auf Samstag“, "early Saturday", "on Monday
  afternoon"), months ("in May", "to March") and clock times („kurz nach 7 Uhr“).
- Ordinals and fractions (the issue; every batch): „der zweite tödliche Unfall in dem Werk
  binnen drei Jahren“ 2 and 3 years, „der dritte Brand in dem Betrieb seit 2021“ 3 and the
  year („bereits“ no hedge), "the third fatal incident at the plant since 2019" 3 and the
  year, "the railroad's second derailment ... in 14 months" 2 and 14 months, "on the second
  floor" 2, "the second deadly explosion ... this year" 2, "the third deadly fireworks
  blast in the country in two years" 3 and 2 years (three-hundred-and-thirty-ninth: "the
  second derailment ... in 14 months"). New: „die Logistik lag an zweiter Stelle“ is
  ordinal 2 - a rank told with „Stelle“, as „Auf Platz zwei“ and „auf den dritten Rang“
  (an earlier batch). Fractions: „rund ein Viertel davon“ 0.25 "about", „Fast jeder dritte
  tödliche Arbeitsunfall“ 0.3333 "nearly" (the issue's "jeder vierte"), "About two-thirds
  of the cars" 0.6667 "about", "less than a quarter of its original thickness" 0.25
  "under" (two-hundred-and-seventy-sixth: "less than" "under"); "the most", „mit den meisten“ none.
- Percentages, money, years and dates: "fell 4.2%", "plunged 21%", "by about 40%", „rund
  3,1 Prozent weniger als im Vorjahr“ 3.1 "about" („weniger als“ after the figure
  compares), „rund 70 Prozent“; fines, penalties, costs, compensation and damage in the
  currency written (every batch): „mindestens 20 Millionen Euro“ "at_least" („vorläufig“
  no hedge, three-hundred-and-sixty-third), „rund 8,5 Mio. Euro“ "about" (tenth: „14 Mio.
  Euro“), „eine Geldbuße von 1,5 Millionen Euro“, „rund 17,2 Milliarden Euro“, „eine Busse
  von 2500 Franken“ and „eine Genugtuung von 80'000 Franken“ CHF (Swiss apostrophe,
  tenth), „450.000 Yuan“ and "3.2 million yuan ($445,000)" CNY with the converted USD
  (eightieth), "4 lakh rupees" 400,000 INR (two-hundred-and-eighty-seventh: "Rs 5 lakh"),
  "50,000 pesos" MXN in the Mexico City story (two-hundred-and-third: the currency of the
  country's copy), "2.4 million pounds", "£86,400" and "more than £3 million" GBP,
  "$486,000 in penalties", "$1.7 million", "$1,000" and "6 cents a gallon" 0.06 USD
  (three-hundred-and-fifty-sixth: "92 cents"; "a gallon" none). Years: „seit 1987“, "since
  2019", "twice in 2025", "in 2025", "in 2022", „bereits 2022“, "between 2019 and 2024"
  both, "in August 2025", „im Oktober 2024“, "since 2021", "dating back to 2021" the year.
  Dates: „am 12. März 2024“ 2024-03-12 (three-hundred-and-sixty-third: a full date),
  "on Dec. 9" --12-09; Reuters datelines with a day ("BEAUMONT, Texas, Jan 21" --01-21 and
  "AHMEDABAD, India, June 4" --06-04 with the state or country between city and day,
  "BEIJING, March 9", "SEOUL, July 14", "LONDON, Sept 2", "MEXICO CITY, Oct 20",
  "WASHINGTON, Dec 10"; three-hundred-and-sixty-third) dates without a year; dpa, APA,
  Keystone-SDA, AFP German („Peking (AFP) -“, „Paris (AFP) -“), AFP English ("ANKARA (AFP)
  -", "PORT HARCOURT, Nigeria (AFP) -", "BANGKOK (AFP) -") and AP ("HAZARD, Ky. (AP) —",
  "MARTINEZ, Calif. (AP) —", "OMAHA, Neb. (AP) —", "WILLMAR, Minn. (AP) —") datelines
  none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "Around", "around",
  "roughly", "an estimated" "about"; „knapp“, „Fast“, "nearly" "nearly"; „gut“, „Gut“,
  „mehr als“, „Mehr als“, "more than", "More than" "over"; "less than" "under"; „bis zu“,
  "up to" "up_to"; „mindestens“, "at least", "At least" "at_least". No hedge: „insgesamt“, „Insgesamt“,
  „jeweils“, „zeitweise“, „bereits“, „vorläufig“, „erst“, „Erst“, „zu je“,
  „weitere“, "further", "within", "well above its", "over" and „über“ before a span, and
  „weniger als“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben der
  Feuerwehr“ -> "die Feuerwehr" (the issue), „nach Angaben der Landespolizeidirektion
  Steiermark“ -> "die Landespolizeidirektion Steiermark", „nach Angaben der Polizei“ ->
  "die Polizei", „nach Angaben der Bahn“ -> "die Bahn" and „Nach Angaben der Präfektur“ ->
  "die Präfektur" (the source in the nominative; three-hundredth,
  three-hundred-and-sixty-third); „wie die Polizei Basel-Landschaft mitteilte“ and „wie
  die Kantonspolizei Aargau mitteilte“ (three-hundred-and-fifty-second: „wie die
  Kantonspolizei Uri mitteilte“); „teilte das Unternehmen mit“ (twice) -> "das
  Unternehmen" (three-hundred-and-fifty-sixth), „teilte das Bezirksfeuerwehrkommando
  Amstetten mit“, „teilte das Gericht mit“ -> "das Gericht" (three-hundredth), „teilte die
  Berufsfeuerwehr Wien mit“ (three-hundred-and-fifty-sixth) and „teilte die Deutsche
  Gesetzliche Unfallversicherung (DGUV) am Dienstag mit“ without the abbreviation in
  brackets and the weekday (two-hundred-and-forty-fourth); „sagte Feuerwehrsprecher Jörg
  Wallhausen“ the name with the title dropped, „Werkleiter Dr. Benedikt Scharrenbach
  sagte, ...“ and „DGUV-Hauptgeschäftsführerin Ilka Brammertz sagte, ...“ the name with
  office and doctor's title dropped (an earlier batch: „sagte Primar Dr. Wolfgang
  Lechner“ -> "Wolfgang Lechner"), „Pfannhauser sagte, ...“ and „Heiniger sagte, ...“
  opening the row the surname (three-hundred-and-fifty-second). English: "the Jefferson
  County Sheriff's Office said" (two-hundred-and-third: "the Harris County Sheriff's
  Office"), "The U.S. Chemical Safety Board said ..." and "..., the U.S. Chemical Safety
  Board said on Wednesday." -> "the U.S. Chemical Safety Board", "The National
  Transportation Safety Board said ..." (twice), "The National Mine Safety
  Administration said ...", "The Occupational Safety and Health Administration said
  Tuesday ..." (the weekday dropped), "The National Emergency Management Agency said ..."
  and "..., the Health and Safety Executive said." with the article in lower case
  (three-hundred-and-thirty-ninth, three-hundred-and-sixty-third); "Carquinez Energy said"
  as written (three-hundred-and-thirty-ninth: "Network Rail said"); names with the role or
  rank before them dropped ("Perry County Emergency Management Director Tammy Spurlock
  said", "District Collector Rohan Desai said", "HSE inspector Graham Tolley said",
  "Kandiyohi County Sheriff Dale Brennecke said"), "Labour Minister Park Seong-ho told
  reporters" and "CSB Chairwoman Ramona Escalante told reporters" ("told reporters" names
  the speaker, two-hundred-and-fourth), "Whitfield said ..." opening the row the surname
  (three-hundred-and-fifty-second). Left unchecked (None): all negatives, also those with a
  named speaker; plural and unnamed sources ("county officials said", "officials said",
  "fire officials said", "emergency officials said", "health authorities said", "police
  said", "Police said they ...", "traders said", „nach Angaben der örtlichen Behörden“ -
  an adjective heading the source, three-hundred-and-sixty-third -, „nach Polizeiangaben“,
  „laut Staatsmedien“, „nach eigenen Angaben“, "state media reported"; forty-first,
  three-hundred-and-fifty-second); roles and pronouns ("the energy minister said", "he
  said", "the provincial governor said", "The mayor said", "a company official said", "a
  local official told AFP", "A spokesperson for the company said"); descriptions before or
  around a name ("the official Xinhua news agency said", "The AFAD disaster agency said",
  "the governor's office said", "the city's civil protection agency said", "the provincial
  fire department said", "The refinery's owner, Bayou Crest Refining, said"; fortieth,
  three-hundred-and-sixty-third); a masculine genitive („Nach Angaben des
  Branchenverbands“, three-hundredth); documents, data and courts' hearings ("according to
  federal records", "according to OSHA", "according to official data", "according to a
  preliminary report cited by state media", "according to state data", "according to
  industry estimates", "according to agricultural safety researchers", "according to the
  federal energy regulator", "The court heard", "The board's final report said"); verbs of
  counting, estimating, correcting and acting („bezifferte die Polizei“, „Die Versicherung
  schätzt“, „Die Suva verzeichnete“, „korrigierten die Behörden“, „korrigierte die
  Polizei“, „Seismologen ... registrierten“, „Die Präfektur richtete“, "Thai authorities
  revised", "The CSB issued"; three-hundred-and-sixty-third); „gemäss ersten Abklärungen“;
  and - to keep the checked speakers near 35, as the three-hundred-and-thirty-ninth and
  three-hundred-and-sixty-third batches did - bodies by a common noun and firms the
  earlier batches checked unevenly ("the railroad said", "The railroad said", "Xinhua
  said", "The city government said", "Prairie Gold said in a statement").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_385 = [
    # --- Explosion in einem Chemiewerk in Dormagen (dpa/lnw), Januar ---
    ("de", "Dormagen (dpa/lnw) - Bei einer Explosion in einem Chemiewerk in Dormagen sind am Dienstagmorgen zwei Arbeiter ums Leben gekommen, 14 weitere wurden verletzt.", True, [("count", 2, None, None), ("count", 14, None, None)], None),
    ("de", "Nach Angaben der Feuerwehr waren rund 180 Einsatzkräfte mit 42 Fahrzeugen vor Ort, darunter die Werkfeuerwehr des Betreibers.", True, [("count", 180, None, "about"), ("count", 42, None, None)], "die Feuerwehr"),
    ("de", "Anwohner im Umkreis von drei Kilometern sollten nach einer Warnung über die App Nina ihre Fenster schließen und Lüftungen abschalten.", True, [("count", 3, None, None)], None),
    ("de", "Unter den Verletzten seien drei Schwerverletzte, sagte Feuerwehrsprecher Jörg Wallhausen.", True, [("count", 3, None, None)], "Jörg Wallhausen"),
    ("de", "Der Brand in der Produktionshalle war nach einem knapp fünfstündigen Löscheinsatz unter Kontrolle.", True, [("duration", 5, "hour", "nearly")], None),
    ("de", "Den Sachschaden bezifferte die Polizei vorläufig auf mindestens 20 Millionen Euro.", True, [("money", 20000000, "EUR", "at_least")], None),
    ("de", "„Die Druckwelle hat hier alles durcheinandergewirbelt“, sagte ein Feuerwehrmann am Rande des Werksgeländes.", False, [], None),
    ("de", "Warum es in dem Reaktor zu der Explosion kam, ist noch unklar.", False, [], None),
    ("de", "Die Staatsanwaltschaft Düsseldorf hat ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet.", True, [], None),
    ("de", "Werkleiter Dr. Benedikt Scharrenbach sagte, in der betroffenen Anlage würden seit 1987 Vorprodukte für Kunststoffe hergestellt.", True, [("year", 1987, None, None)], "Benedikt Scharrenbach"),
    # --- Blast at a petrochemical plant near Beaumont (Reuters), January ---
    ("en", "BEAUMONT, Texas, Jan 21 (Reuters) - An explosion and fire at a petrochemical plant near Beaumont, Texas, killed one worker and injured nine others on Wednesday, county officials said.", True, [("date", "--01-21", None, None), ("count", 1, None, None), ("count", 9, None, None)], None),
    ("en", "Jefferson County officials ordered residents within a one-mile radius of the Sabine Gulf Olefins site to shelter in place for about six hours.", True, [("count", 1, None, None), ("duration", 6, "hour", "about")], None),
    ("en", "The blast shattered windows in homes up to 2 miles away, the Jefferson County Sheriff's Office said.", True, [("count", 2, None, "up_to")], "the Jefferson County Sheriff's Office"),
    ("en", "The U.S. Chemical Safety Board said five of its investigators were on their way to the plant.", True, [("count", 5, None, None)], "the U.S. Chemical Safety Board"),
    ("en", "It was the third fatal incident at the plant since 2019, according to federal records.", True, [("ordinal", 3, None, None), ("year", 2019, None, None)], None),
    ("en", "\"Our hearts go out to the family of our colleague,\" plant manager Darnell Whitfield said.", False, [], None),
    ("en", "Whitfield said the unit that exploded had been restarted after maintenance two days earlier.", True, [("duration", 2, "day", None)], "Whitfield"),
    ("en", "Shares of the plant's parent, Gulfside Industries, fell 4.2% in New York trading.", True, [("percent", 4.2, "%", None)], None),
    ("en", "Residents near the plant said they had long feared an accident of this kind.", False, [], None),
    # --- Tödlicher Unfall in einem Edelstahlwerk in Kapfenberg (APA), Februar ---
    ("de", "Kapfenberg (APA) - Bei einem Arbeitsunfall in einem Edelstahlwerk im steirischen Kapfenberg sind am Donnerstag zwei Arbeiter getötet und ein dritter schwer verletzt worden.", True, [("count", 2, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Nach Angaben der Landespolizeidirektion Steiermark war aus einer Gießpfanne rund 1.600 Grad heißer Stahl ausgetreten.", True, [("count", 1600, None, "about")], "die Landespolizeidirektion Steiermark"),
    ("de", "Die beiden Getöteten im Alter von 34 und 51 Jahren starben noch an der Unfallstelle.", True, [("duration", 34, "year", None), ("duration", 51, "year", None)], None),
    ("de", "Der 28-jährige Verletzte wurde mit dem Notarzthubschrauber ins LKH Graz geflogen.", True, [("duration", 28, "year", None)], None),
    ("de", "Es ist der zweite tödliche Unfall in dem Werk binnen drei Jahren.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "„Wir sind fassungslos und trauern um unsere Kollegen“, sagte Vorstandschef Reinhold Pfannhauser.", False, [], None),
    ("de", "Pfannhauser sagte, die Produktion in der betroffenen Halle bleibe bis auf Weiteres eingestellt, rund 240 Beschäftigte seien vorübergehend in andere Bereiche versetzt worden.", True, [("count", 240, None, "about")], "Pfannhauser"),
    ("de", "Der Landeshauptmann sprach den Angehörigen sein Mitgefühl aus.", False, [], None),
    # --- Hazardous freight train derails in eastern Kentucky (AP), February ---
    ("en", "HAZARD, Ky. (AP) — A freight train carrying hazardous materials derailed in eastern Kentucky early Saturday, sending 16 cars off the tracks and forcing the evacuation of about 300 homes, officials said.", True, [("count", 16, None, None), ("count", 300, None, "about")], None),
    ("en", "Three of the derailed tank cars were carrying molten sulfur and two held liquefied petroleum gas, the railroad said.", True, [("count", 3, None, None), ("count", 2, None, None)], None),
    ("en", "One sulfur car caught fire, and crews let it burn itself out over roughly 30 hours rather than spray water on it.", True, [("count", 1, None, None), ("duration", 30, "hour", "about")], None),
    ("en", "Residents within a half-mile radius were ordered to leave, and a shelter-in-place advisory covered a further 2 miles.", True, [("count", 0.5, None, None), ("count", 2, None, None)], None),
    ("en", "The railroad said it would pay each evacuated household $1,000 to cover expenses.", True, [("money", 1000, "USD", None)], None),
    ("en", "No injuries were reported, Perry County Emergency Management Director Tammy Spurlock said.", True, [], "Tammy Spurlock"),
    ("en", "The National Transportation Safety Board said its team would examine whether a cracked rail had caused the wreck.", True, [], "the National Transportation Safety Board"),
    ("en", "\"I heard a boom like thunder and then the whole sky went orange,\" said a man who lives near the tracks.", False, [], None),
    ("en", "It was the railroad's second derailment involving hazardous cargo in Kentucky in 14 months.", True, [("ordinal", 2, None, None), ("duration", 14, "month", None)], None),
    ("en", "Many residents said they were frightened to go back.", False, [], None),
    # --- Chlorgasaustritt in Pratteln (Keystone-SDA), März ---
    ("de", "Liestal (Keystone-SDA) - Bei einem Chemieunfall in einem Industriebetrieb in Pratteln BL sind am Montag elf Personen verletzt worden, zwei davon schwer.", True, [("count", 11, None, None), ("count", 2, None, None)], None),
    ("de", "Aus einem undichten Tank entwichen gemäss ersten Abklärungen rund 400 Kilogramm Chlorgas.", True, [("count", 400, None, "about")], None),
    ("de", "Die Polizei sperrte ein Gebiet im Umkreis von 500 Metern ab, die Autobahn A2 war während rund zweieinhalb Stunden gesperrt.", True, [("count", 500, None, None), ("duration", 2.5, "hour", "about")], None),
    ("de", "Rund 350 Mitarbeitende umliegender Betriebe mussten ihre Arbeitsplätze verlassen, wie die Polizei Basel-Landschaft mitteilte.", True, [("count", 350, None, "about")], "die Polizei Basel-Landschaft"),
    ("de", "«Wir hatten grosses Glück, dass der Wind die Wolke Richtung Rhein getragen hat», sagte Einsatzleiter Marco Heiniger.", False, [], None),
    ("de", "Heiniger sagte, die Feuerwehr habe die Gaswolke mit einem Wasservorhang niedergeschlagen, der Einsatz habe gut sechs Stunden gedauert.", True, [("duration", 6, "hour", "over")], "Heiniger"),
    ("de", "Das betroffene Unternehmen, die Rheinwerk Chlor AG, beschäftigt in Pratteln rund 180 Mitarbeitende.", True, [("count", 180, None, "about")], None),
    ("de", "Warum das Ventil versagte, ist Gegenstand der Untersuchung.", False, [], None),
    # --- Coal mine gas explosion in Shanxi (Reuters), March ---
    ("en", "BEIJING, March 9 (Reuters) - A gas explosion at a coal mine in northern China's Shanxi province killed at least 18 miners and left nine trapped underground, state media reported on Monday.", True, [("date", "--03-09", None, None), ("count", 18, None, "at_least"), ("count", 9, None, None)], None),
    ("en", "Of the 127 workers underground at the time, 100 were brought to the surface, the official Xinhua news agency said.", True, [("count", 127, None, None), ("count", 100, None, None)], None),
    ("en", "By Tuesday the toll had risen to 23, with four miners still missing.", True, [("count", 23, None, None), ("count", 4, None, None)], None),
    ("en", "The mine, which produces about 1.2 million tonnes of coal a year, had been ordered to halt production twice in 2025 over safety violations.", True, [("count", 1200000, None, "about"), ("count", 2, None, None), ("year", 2025, None, None)], None),
    ("en", "Provincial regulators had fined the operator 3.2 million yuan ($445,000) in 2025 for failing to monitor gas levels.", True, [("money", 3200000, "CNY", None), ("money", 445000, "USD", None), ("year", 2025, None, None)], None),
    ("en", "Police detained the mine's legal representative and two deputy managers, Xinhua said.", True, [("count", 2, None, None)], None),
    ("en", "The National Mine Safety Administration said it would launch a three-month safety inspection of all coal mines in the province.", True, [("duration", 3, "month", None)], "the National Mine Safety Administration"),
    ("en", "Relatives gathered outside the mine gate, many of them in tears.", False, [], None),
    ("en", "A rescuer quoted by state television said teams would not give up while there was any chance of finding survivors.", False, [], None),
    ("en", "Coal mine deaths in China rose to 245 last year from 206 a year earlier, according to official data.", True, [("count", 245, None, None), ("count", 206, None, None)], None),
    # --- Gebirgsschlag in einem Kalibergwerk in Nordthüringen (dpa/th), April ---
    ("de", "Sondershausen (dpa/th) - Nach einem Gebirgsschlag in einem Kalibergwerk in Nordthüringen sind zwei Bergleute in rund 700 Metern Tiefe eingeschlossen worden.", True, [("count", 2, None, None), ("count", 700, None, "about")], None),
    ("de", "Die beiden Hauer im Alter von 39 und 57 Jahren hätten sich in einen Rettungsraum flüchten können, teilte das Unternehmen mit.", True, [("duration", 39, "year", None), ("duration", 57, "year", None)], "das Unternehmen"),
    ("de", "Der Rettungsraum ist mit Atemluft, Wasser und Nahrung für mindestens 48 Stunden ausgestattet.", True, [("duration", 48, "hour", "at_least")], None),
    ("de", "Grubenwehren aus drei Bundesländern waren mit insgesamt 64 Mann im Einsatz.", True, [("count", 3, None, None), ("count", 64, None, None)], None),
    ("de", "Für den Weg vom Schacht zur Unglücksstelle brauchten die Trupps zu Fuß jeweils rund eine Dreiviertelstunde.", True, [("duration", 0.75, "hour", "about")], None),
    ("de", "Nach gut 19 Stunden erreichten die Retter die Eingeschlossenen und brachten sie unverletzt über Tage.", True, [("duration", 19, "hour", "over")], None),
    ("de", "„Das war Präzisionsarbeit unter extremen Bedingungen“, sagte der Leiter der Grubenwehr.", False, [], None),
    ("de", "Seismologen der Universität Jena registrierten den Gebirgsschlag mit einer Magnitude von 2,9.", True, [("count", 2.9, None, None)], None),
    ("de", "Ob in dem Revier künftig weniger abgebaut wird, ließ Geschäftsführer Tilman Vogelsang offen.", False, [], None),
    # --- Firedamp explosion in a Zonguldak coal mine (AFP), April ---
    ("en", "ANKARA (AFP) - A firedamp explosion at a coal mine in Turkey's Black Sea province of Zonguldak killed 11 miners on Wednesday, the energy minister said.", True, [("count", 11, None, None)], None),
    ("en", "Around 70 miners were working in the shaft at the time of the blast, some of them at a depth of 300 metres, he said.", True, [("count", 70, None, "about"), ("count", 300, None, None)], None),
    ("en", "Rescue teams pulled 58 men out alive, 14 of whom were being treated in hospital.", True, [("count", 58, None, None), ("count", 14, None, None)], None),
    ("en", "The AFAD disaster agency said 380 rescuers had been deployed to the mine.", True, [("count", 380, None, None)], None),
    ("en", "The toll was later lowered to 10 after one miner initially reported dead was found alive in hospital, the governor's office said.", True, [("count", 10, None, None), ("count", 1, None, None)], None),
    ("en", "Methane concentrations in the gallery had exceeded 5%, according to a preliminary report cited by state media.", True, [("percent", 5, "%", None)], None),
    ("en", "Prosecutors detained four people, including the mine's operator and a shift supervisor.", True, [("count", 4, None, None)], None),
    ("en", "\"We heard the explosion and then the lights went out,\" a miner told AFP from his hospital bed.", False, [], None),
    ("en", "The main opposition party accused the government of ignoring repeated warnings about the mine.", False, [], None),
    # --- Explosion in einem Chemiewerk in Jiangsu (AFP), April ---
    ("de", "Peking (AFP) - Bei einer Explosion in einem Chemiewerk in der ostchinesischen Provinz Jiangsu sind mindestens 26 Menschen getötet worden.", True, [("count", 26, None, "at_least")], None),
    ("de", "Mehr als 90 weitere wurden nach Angaben der örtlichen Behörden verletzt, 28 von ihnen schwer.", True, [("count", 90, None, "over"), ("count", 28, None, None)], None),
    ("de", "Die Druckwelle ließ noch in bis zu sechs Kilometern Entfernung Fensterscheiben zerbersten.", True, [("count", 6, None, "up_to")], None),
    ("de", "Die Behörden brachten rund 3.000 Anwohner in Sicherheit und richteten eine Sperrzone von drei Kilometern ein.", True, [("count", 3000, None, "about"), ("count", 3, None, None)], None),
    ("de", "Am Samstag korrigierten die Behörden die Zahl der Toten auf 31, sieben Menschen galten weiter als vermisst.", True, [("count", 31, None, None), ("count", 7, None, None)], None),
    ("de", "Das Werk war laut Staatsmedien bereits 2022 wegen Sicherheitsmängeln zu einer Geldstrafe von 450.000 Yuan verurteilt worden.", True, [("year", 2022, None, None), ("money", 450000, "CNY", None)], None),
    ("de", "Anwohner berichteten von einem „Feuerball, der den ganzen Himmel erleuchtete“.", False, [], None),
    ("de", "Die Staatsführung forderte, die Verantwortlichen „streng zu bestrafen“.", False, [], None),
    # --- Refinery fire in Martinez (AP), May ---
    ("en", "MARTINEZ, Calif. (AP) — A fire broke out at a refinery east of San Francisco on Thursday, sending a column of black smoke over the Carquinez Strait and prompting a shelter-in-place order for about 20,000 residents.", True, [("count", 20000, None, "about")], None),
    ("en", "Firefighters brought the blaze under control about three hours after it started, fire officials said.", True, [("duration", 3, "hour", "about")], None),
    ("en", "County health officials lifted the order after nearly five hours.", True, [("duration", 5, "hour", "nearly")], None),
    ("en", "Six workers were treated for smoke inhalation at the scene, Carquinez Energy said.", True, [("count", 6, None, None)], "Carquinez Energy"),
    ("en", "Wholesale gasoline prices in California jumped 6 cents a gallon on the news, traders said.", True, [("money", 0.06, "USD", None)], None),
    ("en", "\"You could taste the smoke in your mouth,\" said a woman walking her dog along the waterfront.", False, [], None),
    ("en", "State workplace safety regulators fined the refinery's owner $1.7 million last year over a hydrogen leak in 2022.", True, [("money", 1700000, "USD", None), ("year", 2022, None, None)], None),
    ("en", "It remained unclear what had ignited the fire.", False, [], None),
    # --- Gefahrgutzug im Landkreis Celle entgleist (dpa/lni), Mai ---
    ("de", "Celle (dpa/lni) - Im Landkreis Celle ist in der Nacht zum Mittwoch ein Güterzug mit Gefahrgut entgleist, elf der 24 Kesselwagen sprangen aus den Gleisen.", True, [("count", 11, None, None), ("count", 24, None, None)], None),
    ("de", "Aus zwei der Waggons trat nach Angaben der Polizei Propangas aus.", True, [("count", 2, None, None)], "die Polizei"),
    ("de", "Rund 1.200 Anwohner mussten ihre Häuser verlassen, um die Unfallstelle wurde eine Ein-Kilometer-Sperrzone eingerichtet.", True, [("count", 1200, None, "about"), ("count", 1, None, None)], None),
    ("de", "Verletzt wurde nach bisherigen Erkenntnissen niemand.", True, [], None),
    ("de", "Erst nach rund 40 Stunden durften die Anwohner in ihre Häuser zurückkehren.", True, [("duration", 40, "hour", "about")], None),
    ("de", "Die Strecke zwischen Hannover und Hamburg bleibt nach Angaben der Bahn voraussichtlich bis Sonntag gesperrt.", True, [], "die Bahn"),
    ("de", "Die Bundesstelle für Eisenbahnunfalluntersuchung hat die Ermittlungen übernommen.", True, [], None),
    ("de", "„Man hat nur noch gehofft, dass nichts in die Luft fliegt“, sagte eine Anwohnerin.", False, [], None),
    ("de", "Ein Sprecher des Landkreises sprach von einem „Einsatz an der Grenze des Machbaren“.", False, [], None),
    # --- Reactor blast at a chemical factory in Gujarat (Reuters), June ---
    ("en", "AHMEDABAD, India, June 4 (Reuters) - A reactor blast at a chemical factory in western India's Gujarat state killed at least 12 workers and injured 27 on Thursday, police said.", True, [("date", "--06-04", None, None), ("count", 12, None, "at_least"), ("count", 27, None, None)], None),
    ("en", "More than 60 people were inside the plant, most of them near the end of a 12-hour night shift, when the reactor exploded.", True, [("count", 60, None, "over"), ("duration", 12, "hour", None)], None),
    ("en", "The blast was heard up to 15 km away, and 18 fire engines took about seven hours to put out the fire.", True, [("count", 15, None, "up_to"), ("count", 18, None, None), ("duration", 7, "hour", "about")], None),
    ("en", "The state government announced compensation of 4 lakh rupees for the family of each victim.", True, [("money", 400000, "INR", None)], None),
    ("en", "The factory makes intermediates for pesticides and had about 210 employees, a company official said.", True, [("count", 210, None, "about")], None),
    ("en", "District Collector Rohan Desai said the factory's licence had been suspended pending an inquiry.", True, [], "Rohan Desai"),
    ("en", "Gujarat's chief minister said he was shocked and saddened by the deaths.", False, [], None),
    ("en", "Accidents in chemical plants in Gujarat killed 87 workers in the two years to March, according to state data.", True, [("count", 87, None, None), ("duration", 2, "year", None)], None),
    ("en", "What caused the reactor to overheat was not immediately clear.", False, [], None),
    # --- Großbrand in einem Recyclingbetrieb im Bezirk Amstetten (APA), Juni ---
    ("de", "St. Pölten (APA) - Ein Großbrand in einem Recyclingbetrieb im Bezirk Amstetten hat in der Nacht auf Samstag mehr als 500 Feuerwehrleute beschäftigt.", True, [("count", 500, None, "over")], None),
    ("de", "Im Einsatz standen 38 Feuerwehren, teilte das Bezirksfeuerwehrkommando Amstetten mit.", True, [("count", 38, None, None)], "das Bezirksfeuerwehrkommando Amstetten"),
    ("de", "In Flammen stand eine rund 4.000 Quadratmeter große Lagerhalle, in der u.a. Lithium-Ionen-Akkus lagerten.", True, [("count", 4000, None, "about")], None),
    ("de", "„Brand aus“ meldeten die Einsatzkräfte erst nach 14 Stunden.", True, [("duration", 14, "hour", None)], None),
    ("de", "Die Nachlöscharbeiten zogen sich über anderthalb Tage hin.", True, [("duration", 1.5, "day", None)], None),
    ("de", "Die Versicherung schätzt den Schaden auf rund 8,5 Mio. Euro.", True, [("money", 8500000, "EUR", "about")], None),
    ("de", "Nach Angaben des Branchenverbands gehen rund 70 Prozent der Brände in Recyclinganlagen auf falsch entsorgte Akkus zurück.", True, [("percent", 70, "%", "about")], None),
    ("de", "Die Bevölkerung der umliegenden Gemeinden wurde per Zivilschutzalarm aufgefordert, Fenster und Türen geschlossen zu halten.", True, [], None),
    ("de", "Es war bereits der dritte Brand in dem Betrieb seit 2021.", True, [("ordinal", 3, None, None), ("year", 2021, None, None)], None),
    ("de", "Der Bezirkshauptmann dankte den Feuerwehren für ihren unermüdlichen Einsatz.", False, [], None),
    ("de", "„So ein Feuer vergisst man sein Leben lang nicht“, sagte ein Kommandant.", False, [], None),
    # --- Penalties after a grain elevator explosion in Nebraska (AP), June ---
    ("en", "OMAHA, Neb. (AP) — Federal regulators have proposed $486,000 in penalties against a grain cooperative over an explosion at a Nebraska elevator that killed two workers on Dec. 9.", True, [("money", 486000, "USD", None), ("count", 2, None, None), ("date", "--12-09", None, None)], None),
    ("en", "The Occupational Safety and Health Administration said Tuesday it had cited Prairie Gold Cooperative for 11 serious violations and one willful violation.", True, [("count", 11, None, None), ("count", 1, None, None)], "the Occupational Safety and Health Administration"),
    ("en", "Inspectors found grain dust up to 3 inches deep on conveyor galleries, according to OSHA.", True, [("count", 3, None, "up_to")], None),
    ("en", "The cooperative has 15 business days to pay the penalties, contest them or request an informal conference.", True, [("duration", 15, "day", None)], None),
    ("en", "Prairie Gold said in a statement it had already installed new dust collection systems at all of its elevators.", True, [], None),
    ("en", "\"These deaths were entirely preventable,\" OSHA area director Renee Sokolowski said.", False, [], None),
    ("en", "Grain dust explosions killed 14 workers in the United States between 2019 and 2024, according to agricultural safety researchers.", True, [("count", 14, None, None), ("year", 2019, None, None), ("year", 2024, None, None)], None),
    ("en", "Farm industry groups said the penalties sent the wrong message to small cooperatives.", False, [], None),
    # --- Gasexplosion in einem Metallbetrieb in Spreitenbach (Keystone-SDA), Juli ---
    ("de", "Aarau (Keystone-SDA) - Bei einer Gasexplosion in einem Metallverarbeitungsbetrieb in Spreitenbach AG ist am Dienstag ein 46-jähriger Mitarbeiter ums Leben gekommen.", True, [("duration", 46, "year", None)], None),
    ("de", "Vier weitere Personen wurden verletzt, wie die Kantonspolizei Aargau mitteilte.", True, [("count", 4, None, None)], "die Kantonspolizei Aargau"),
    ("de", "Die Explosion ereignete sich kurz nach 7 Uhr in der Halle 4, in der ein Härteofen mit Erdgas betrieben wird.", True, [], None),
    ("de", "Die Druckwelle riss ein rund 20 Quadratmeter grosses Loch in das Dach der Halle.", True, [("count", 20, None, "about")], None),
    ("de", "«Es gab einen gewaltigen Knall, dann war alles voller Staub», sagte ein Mitarbeiter eines benachbarten Betriebs.", False, [], None),
    ("de", "Die Suva verzeichnete im vergangenen Jahr 84 tödliche Berufsunfälle, rund ein Viertel davon in der Industrie.", True, [("count", 84, None, None), ("fraction", 0.25, None, "about")], None),
    ("de", "Die Staatsanwaltschaft Baden hat eine Strafuntersuchung eröffnet.", True, [], None),
    ("de", "Ob der Ofen vorschriftsgemäss gewartet worden war, ist noch offen.", False, [], None),
    # --- Fire at a battery factory south of Seoul (Reuters), July ---
    ("en", "SEOUL, July 14 (Reuters) - A fire at a lithium battery factory south of Seoul killed 16 workers on Monday, most of them foreign contract workers, fire officials said.", True, [("date", "--07-14", None, None), ("count", 16, None, None)], None),
    ("en", "The blaze started when battery cells exploded on the second floor of the three-storey building, where about 35,000 cells were stored.", True, [("ordinal", 2, None, None), ("count", 3, None, None), ("count", 35000, None, "about")], None),
    ("en", "Firefighters brought the fire under control after about four and a half hours but had to wait for the structure to cool before searching it.", True, [("duration", 4.5, "hour", "about")], None),
    ("en", "Of the 16 dead, 11 were foreign nationals, the provincial fire department said.", True, [("count", 16, None, None), ("count", 11, None, None)], None),
    ("en", "Labour Minister Park Seong-ho told reporters the company would face a special inspection under the Serious Accidents Punishment Act.", True, [], "Park Seong-ho"),
    ("en", "The company, Hanbit Cell Energy, said it deeply regretted the accident.", False, [], None),
    ("en", "Hanbit's shares plunged 21% in Seoul trading before being suspended.", True, [("percent", 21, "%", None)], None),
    ("en", "Relatives waiting at a nearby hospital said they felt abandoned by the company.", False, [], None),
    # --- Urteil nach der Explosion in Brunsbüttel (dpa/lno), August ---
    ("de", "Meldorf (dpa/lno) - Gut zwei Jahre nach einer tödlichen Explosion in einem Chemiewerk in Brunsbüttel hat das Amtsgericht Meldorf zwei frühere Schichtleiter zu Bewährungsstrafen verurteilt.", True, [("duration", 2, "year", "over"), ("count", 2, None, None)], None),
    ("de", "Der 58-Jährige erhielt wegen fahrlässiger Tötung zwölf Monate, sein 49 Jahre alter Kollege acht Monate auf Bewährung.", True, [("duration", 58, "year", None), ("duration", 12, "month", None), ("duration", 49, "year", None), ("duration", 8, "month", None)], None),
    ("de", "Gegen das Unternehmen verhängte das Gericht zudem eine Geldbuße von 1,5 Millionen Euro.", True, [("money", 1500000, "EUR", None)], None),
    ("de", "Bei der Explosion am 12. März 2024 war ein 31 Jahre alter Anlagenfahrer getötet worden, sechs Kollegen wurden verletzt.", True, [("date", "2024-03-12", None, None), ("duration", 31, "year", None), ("count", 6, None, None)], None),
    ("de", "Nach Überzeugung des Gerichts hatten die Angeklagten eine automatische Sicherheitsabschaltung überbrückt, um die Produktion nicht zu unterbrechen.", True, [], None),
    ("de", "Die Staatsanwaltschaft hatte jeweils 18 Monate auf Bewährung gefordert.", True, [("duration", 18, "month", None)], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig, teilte das Gericht mit.", True, [], "das Gericht"),
    ("de", "Die Verteidigung kündigte an, das schriftliche Urteil genau zu prüfen.", False, [], None),
    ("de", "„Kein Urteil bringt uns unseren Sohn zurück“, sagte die Mutter des Getöteten nach der Verhandlung.", False, [], None),
    # --- Illegal refinery explosion in Rivers state (AFP), August ---
    ("en", "PORT HARCOURT, Nigeria (AFP) - At least 37 people were killed when an illegal oil refinery exploded in Nigeria's southern Rivers state, emergency officials said Sunday.", True, [("count", 37, None, "at_least")], None),
    ("en", "The fire spread to several fuel storage pits and burned for more than 20 hours, a local official told AFP.", True, [("duration", 20, "hour", "over")], None),
    ("en", "The National Emergency Management Agency said 19 people with severe burns had been taken to hospitals in Port Harcourt.", True, [("count", 19, None, None)], "the National Emergency Management Agency"),
    ("en", "Police said they had arrested three men suspected of running the site.", True, [("count", 3, None, None)], None),
    ("en", "Nigeria loses an estimated 100,000 barrels of crude a day to theft and illegal refining, according to industry estimates.", True, [("count", 100000, None, "about")], None),
    ("en", "It was the second deadly explosion at an illegal refinery in the region this year.", True, [("ordinal", 2, None, None)], None),
    ("en", "\"The bodies were burnt beyond recognition,\" said a community leader.", False, [], None),
    ("en", "Environmental groups accused oil companies and the government of turning a blind eye to the trade.", False, [], None),
    # --- Gasexplosion in Wien-Floridsdorf (APA), August ---
    ("de", "Wien (APA) - Eine Gasexplosion hat am Sonntag in Wien-Floridsdorf ein Wohnhaus teilweise zum Einsturz gebracht und mindestens zwei Menschen getötet.", True, [("count", 2, None, "at_least")], None),
    ("de", "Aus dem teilweise eingestürzten dreistöckigen Gebäude wurden 14 Verletzte geborgen, teilte die Berufsfeuerwehr Wien mit.", True, [("count", 3, None, None), ("count", 14, None, None)], "die Berufsfeuerwehr Wien"),
    ("de", "Am Montag stieg die Zahl der Todesopfer auf drei, nachdem eine 79-jährige Frau im Spital ihren Verletzungen erlegen war.", True, [("count", 3, None, None), ("duration", 79, "year", None)], None),
    ("de", "Die Zahl der Verletzten korrigierte die Polizei von 14 auf zwölf, weil zwei Personen zweimal erfasst worden waren.", True, [("count", 14, None, None), ("count", 12, None, None), ("count", 2, None, None), ("count", 2, None, None)], None),
    ("de", "Die Wiener Netze unterbrachen die Gaszufuhr für rund 60 Haushalte.", True, [("count", 60, None, "about")], None),
    ("de", "„Das ganze Haus hat gewackelt“, erzählte eine Anrainerin.", False, [], None),
    ("de", "Ein Fremdverschulden schließt die Polizei nach derzeitigem Stand nicht aus.", True, [], None),
    ("de", "Der Bürgermeister zeigte sich „zutiefst erschüttert“.", False, [], None),
    # --- Fine after a chemical plant explosion in northwest England (Reuters), September ---
    ("en", "LONDON, Sept 2 (Reuters) - A British chemicals company was fined 2.4 million pounds on Tuesday over an explosion at its plant in northwest England that killed one worker and injured three others.", True, [("date", "--09-02", None, None), ("money", 2400000, "GBP", None), ("count", 1, None, None), ("count", 3, None, None)], None),
    ("en", "Mersey Fine Chemicals had pleaded guilty to breaching health and safety law at an earlier hearing, the Health and Safety Executive said.", True, [], "the Health and Safety Executive"),
    ("en", "The firm must also pay prosecution costs of £86,400.", True, [("money", 86400, "GBP", None)], None),
    ("en", "The court heard that a reactor vessel had been overfilled by about 40% because a level gauge had been faulty for at least six weeks.", True, [("percent", 40, "%", "about"), ("duration", 6, "week", "at_least")], None),
    ("en", "HSE inspector Graham Tolley said the company had failed to act on 17 earlier alarms from the same gauge.", True, [("count", 17, None, None)], "Graham Tolley"),
    ("en", "\"This was a disaster waiting to happen,\" Tolley said.", False, [], None),
    ("en", "A spokesperson for the company said it had since invested more than £3 million in safety upgrades.", True, [("money", 3000000, "GBP", "over")], None),
    ("en", "The worker's family said they hoped no other family would have to go through the same.", False, [], None),
    # --- Ammoniakaustritt in einer Großmolkerei im Allgäu (dpa/lby), September ---
    ("de", "Kempten (dpa/lby) - Bei einem Ammoniak-Austritt in einer Großmolkerei im Allgäu sind am Freitag zwei Dutzend Beschäftigte verletzt worden.", True, [("count", 24, None, None)], None),
    ("de", "Fünf von ihnen kamen nach Polizeiangaben mit Atemwegsreizungen ins Krankenhaus.", True, [("count", 5, None, None)], None),
    ("de", "Die Feuerwehr maß in der Halle zeitweise mehr als 300 ppm Ammoniak, am Arbeitsplatz zulässig sind 20 ppm.", True, [("count", 300, None, "over"), ("count", 20, None, None)], None),
    ("de", "Feuerwehr, Rettungsdienst und Technisches Hilfswerk waren mit rund 150 Kräften vor Ort.", True, [("count", 150, None, "about")], None),
    ("de", "Ursache war nach ersten Erkenntnissen ein geplatztes Ventil an der Kälteanlage.", True, [], None),
    ("de", "Die Produktion ruhte für rund 36 Stunden, teilte das Unternehmen mit.", True, [("duration", 36, "hour", "about")], "das Unternehmen"),
    ("de", "Die Molkerei verarbeitet nach eigenen Angaben täglich rund 1,4 Millionen Liter Milch.", True, [("count", 1400000, None, "about")], None),
    ("de", "„Wir hatten Tränen in den Augen und bekamen kaum Luft“, sagte eine Mitarbeiterin.", False, [], None),
    ("de", "Die Gewerkschaft NGG sprach von einem „Warnschuss für die ganze Branche“.", False, [], None),
    # --- Ethanol train derails and burns in western Minnesota (AP), September ---
    ("en", "WILLMAR, Minn. (AP) — A freight train hauling ethanol derailed and caught fire in western Minnesota early Thursday, forcing about 600 residents from their homes.", True, [("count", 600, None, "about")], None),
    ("en", "Twenty-two of the train's 98 cars left the tracks, and at least six of them ruptured and burned, the railroad said.", True, [("count", 22, None, None), ("count", 98, None, None), ("count", 6, None, "at_least")], None),
    ("en", "About two-thirds of the cars were loaded with ethanol and the rest with corn syrup.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "Authorities set up an evacuation zone reaching 1 mile in every direction from the wreck.", True, [("count", 1, None, None)], None),
    ("en", "Kandiyohi County Sheriff Dale Brennecke said no injuries had been reported.", True, [], "Dale Brennecke"),
    ("en", "The National Transportation Safety Board said an eight-member team was on its way.", True, [("count", 8, None, None)], "the National Transportation Safety Board"),
    ("en", "Residents were allowed home on Saturday, roughly 52 hours after the derailment.", True, [("duration", 52, "hour", "about")], None),
    ("en", "\"It felt like the whole town was on fire,\" said a woman who runs a diner near the tracks.", False, [], None),
    ("en", "Whether the crew had received any warning from trackside detectors was not immediately known.", False, [], None),
    # --- Explosion in einem Seveso-Werk in der Normandie (AFP), Oktober ---
    ("de", "Paris (AFP) - Bei einer Explosion in einem als Seveso-Standort eingestuften Chemiewerk in der Normandie sind am Mittwoch drei Arbeiter verletzt worden.", True, [("count", 3, None, None)], None),
    ("de", "Die Präfektur richtete einen Sicherheitsperimeter von 800 Metern um das Werk ein und ließ zwei Schulen räumen.", True, [("count", 800, None, None), ("count", 2, None, None)], None),
    ("de", "Rund 120 Feuerwehrleute waren im Einsatz, der Brand war nach knapp drei Stunden gelöscht.", True, [("count", 120, None, "about"), ("duration", 3, "hour", "nearly")], None),
    ("de", "Nach Angaben der Präfektur wurden in der Luft keine giftigen Stoffe nachgewiesen.", True, [], "die Präfektur"),
    ("de", "Das Werk ist einer von rund 1.300 Seveso-Standorten in Frankreich.", True, [("count", 1300, None, "about")], None),
    ("de", "Die Staatsanwaltschaft Rouen leitete Ermittlungen wegen fahrlässiger Körperverletzung ein.", True, [], None),
    ("de", "Umweltschützer warfen den Behörden vor, die Risiken solcher Anlagen seit Jahren zu unterschätzen.", False, [], None),
    ("de", "Ob die Explosion mit Wartungsarbeiten am Vortag zusammenhing, blieb zunächst offen.", False, [], None),
    # --- Gas plant explosion on the outskirts of Mexico City (Reuters), October ---
    ("en", "MEXICO CITY, Oct 20 (Reuters) - An explosion and fire at a gas distribution plant on the outskirts of Mexico City killed eight people and injured 31, the city's civil protection agency said on Monday.", True, [("date", "--10-20", None, None), ("count", 8, None, None), ("count", 31, None, None)], None),
    ("en", "About 2,000 people were evacuated from homes within a 500-metre radius of the plant.", True, [("count", 2000, None, "about"), ("count", 500, None, None)], None),
    ("en", "Firefighters needed about six hours to put out the blaze and cool 14 storage tanks that had been exposed to the flames.", True, [("duration", 6, "hour", "about"), ("count", 14, None, None)], None),
    ("en", "Two of the injured died in hospital on Wednesday, raising the toll to 10, health authorities said.", True, [("count", 2, None, None), ("count", 10, None, None)], None),
    ("en", "The city government said it would pay 50,000 pesos to each family whose home was damaged.", True, [("money", 50000, "MXN", None)], None),
    ("en", "The mayor said the plant's operating permit had been revoked pending an investigation.", True, [], None),
    ("en", "The plant had passed a safety inspection in May, according to the federal energy regulator.", True, [], None),
    ("en", "\"I ran with my children and didn't look back,\" a woman who lives across the street told Reuters.", False, [], None),
    ("en", "Residents have complained for years about gas trucks parked along the neighbourhood's narrow streets.", False, [], None),
    # --- Bilanz der tödlichen Arbeitsunfälle (dpa), November ---
    ("de", "Berlin (dpa) - Die Zahl der tödlichen Arbeitsunfälle in Deutschland ist im vergangenen Jahr auf 412 gesunken, nach 437 im Jahr davor, teilte die Deutsche Gesetzliche Unfallversicherung (DGUV) am Dienstag mit.", True, [("count", 412, None, None), ("count", 437, None, None)], "die Deutsche Gesetzliche Unfallversicherung"),
    ("de", "Insgesamt meldeten die Betriebe knapp 770.000 meldepflichtige Arbeitsunfälle, rund 3,1 Prozent weniger als im Vorjahr.", True, [("count", 770000, None, "nearly"), ("percent", 3.1, "%", "about")], None),
    ("de", "Auf 1.000 Vollarbeiter kamen damit 18,4 meldepflichtige Unfälle.", True, [("count", 1000, None, None), ("count", 18.4, None, None)], None),
    ("de", "Fast jeder dritte tödliche Arbeitsunfall ereignete sich im Straßenverkehr.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Die Bauwirtschaft blieb die Branche mit den meisten tödlichen Unfällen, die Logistik lag an zweiter Stelle.", True, [("ordinal", 2, None, None)], None),
    ("de", "DGUV-Hauptgeschäftsführerin Ilka Brammertz sagte, besonders gefährdet seien weiterhin Beschäftigte, die allein arbeiteten.", True, [], "Ilka Brammertz"),
    ("de", "„Hinter jeder Zahl steht ein zerstörtes Familienleben“, sagte Brammertz.", False, [], None),
    ("de", "Die Unfallkassen und Berufsgenossenschaften zahlten im vergangenen Jahr Leistungen von rund 17,2 Milliarden Euro.", True, [("money", 17200000000, "EUR", "about")], None),
    ("de", "Arbeitgeberverbände halten die bestehenden Vorschriften dagegen für ausreichend.", False, [], None),
    # --- Fireworks factory explosion in central Thailand (AFP), November ---
    ("en", "BANGKOK (AFP) - An explosion at a fireworks factory in central Thailand killed nine people and flattened several nearby houses on Friday, police said.", True, [("count", 9, None, None)], None),
    ("en", "Officials cordoned off an area within 2 kilometres of the site while bomb disposal experts searched for unexploded stock.", True, [("count", 2, None, None)], None),
    ("en", "The factory had been storing around 1.5 tonnes of gunpowder, well above its licensed limit of 500 kilograms, the provincial governor said.", True, [("count", 1.5, None, "about"), ("count", 500, None, None)], None),
    ("en", "Thai authorities revised the toll down to eight on Saturday, saying one body had been counted twice.", True, [("count", 8, None, None), ("count", 1, None, None), ("count", 2, None, None)], None),
    ("en", "It was the third deadly fireworks blast in the country in two years.", True, [("ordinal", 3, None, None), ("duration", 2, "year", None)], None),
    ("en", "\"There was fire everywhere and people were screaming,\" said a neighbour who suffered burns to his arms.", False, [], None),
    ("en", "Rescue workers said it was a miracle that no children had been hurt.", False, [], None),
    ("en", "The prime minister ordered inspections of all licensed fireworks producers nationwide within 30 days.", True, [("duration", 30, "day", None)], None),
    # --- Urteil nach dem Sprengunfall in einem Steinbruch im Thal (Keystone-SDA), Dezember ---
    ("de", "Balsthal (Keystone-SDA) - Rund zwei Jahre nach einem tödlichen Sprengunfall in einem Steinbruch im Thal hat das Richteramt Thal-Gäu den verantwortlichen Sprengmeister verurteilt.", True, [("duration", 2, "year", "about")], None),
    ("de", "Der 54-Jährige erhielt eine bedingte Geldstrafe von 120 Tagessätzen zu je 110 Franken sowie eine Busse von 2500 Franken.", True, [("duration", 54, "year", None), ("count", 120, None, None), ("money", 110, "CHF", None), ("money", 2500, "CHF", None)], None),
    ("de", "Bei der Sprengung im Oktober 2024 war ein 23-jähriger Lernender von einem rund 40 Kilogramm schweren Gesteinsbrocken tödlich getroffen worden.", True, [("year", 2024, None, None), ("duration", 23, "year", None), ("count", 40, None, "about")], None),
    ("de", "Nach Überzeugung des Gerichts hatte der Sprengmeister den vorgeschriebenen Sicherheitsabstand von 300 Metern nicht durchgesetzt.", True, [("count", 300, None, None)], None),
    ("de", "Die Betreiberfirma hatte der Familie bereits vor dem Prozess eine Genugtuung von 80'000 Franken bezahlt.", True, [("money", 80000, "CHF", None)], None),
    ("de", "«Ich werde diesen Tag nie vergessen», sagte der Angeklagte in seinem Schlusswort.", False, [], None),
    ("de", "Der Verteidiger sprach von einem «tragischen Unglück, aber keinem Verbrechen».", False, [], None),
    ("de", "Das Urteil kann noch an das Obergericht weitergezogen werden.", True, [], None),
    # --- Safety board's final report on a Louisiana refinery blast (Reuters), December ---
    ("en", "WASHINGTON, Dec 10 (Reuters) - A corroded pipe elbow that had not been inspected for 11 years caused a deadly explosion at a Louisiana refinery last year, the U.S. Chemical Safety Board said on Wednesday.", True, [("date", "--12-10", None, None), ("duration", 11, "year", None)], "the U.S. Chemical Safety Board"),
    ("en", "The blast in August 2025 killed two contract workers and injured seven.", True, [("year", 2025, None, None), ("count", 2, None, None), ("count", 7, None, None)], None),
    ("en", "The board's final report said the pipe wall had thinned to less than a quarter of its original thickness.", True, [("fraction", 0.25, None, "under")], None),
    ("en", "The CSB issued nine recommendations, three of them to the American Petroleum Institute.", True, [("count", 9, None, None), ("count", 3, None, None)], None),
    ("en", "CSB Chairwoman Ramona Escalante told reporters the refinery had postponed the inspection four times to avoid shutting down the unit.", True, [("count", 4, None, None)], "Ramona Escalante"),
    ("en", "\"Deferring maintenance to keep units running is a gamble with people's lives,\" Escalante said.", False, [], None),
    ("en", "The refinery's owner, Bayou Crest Refining, said it had replaced more than 3,000 feet of piping since the accident.", True, [("count", 3000, None, "over")], None),
    ("en", "The company did not say whether it accepted the board's findings.", False, [], None),
    ("en", "The board currently has about 15 investigations open, some dating back to 2021.", True, [("count", 15, None, "about"), ("year", 2021, None, None)], None),
]
